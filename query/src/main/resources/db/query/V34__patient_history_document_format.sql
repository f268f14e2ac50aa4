-- The shape of the JSON a history document was written in (HistoryDocuments.FORMAT). A document read back in the
-- shape the running code writes has its entries' JSON copied into the next document instead of written again; one in
-- an older shape (0: written before this column) is written afresh. A constant default: no table rewrite.
ALTER TABLE patient_history ADD COLUMN document_format SMALLINT DEFAULT 0 NOT NULL;
