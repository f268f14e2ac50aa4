-- A course's indications and ingredients, also as one column each on its row: the values in alphabetical order, each
-- closed by '|', after an opening '|' ('|FINE_WRINKLES|PHOTOAGEING|'; '|' for none). A report filtered on them tests
-- the course row instead of joining a bridge table (docs/outcome-report.md). The bridge tables stay: grouping by
-- indication or ingredient still counts a course once in each of its values.
ALTER TABLE outcome_course ADD COLUMN indications VARCHAR(1000) DEFAULT '|' NOT NULL;
ALTER TABLE outcome_course ADD COLUMN ingredients VARCHAR(1000) DEFAULT '|' NOT NULL;

-- Courses already in the report: one pass, each row rewritten once.
UPDATE outcome_course c
SET indications = COALESCE(
        '|' || (SELECT STRING_AGG(i.indication, '|' ORDER BY i.indication)
                FROM outcome_course_indication i WHERE i.course_key = c.course_key) || '|', '|'),
    ingredients = COALESCE(
        '|' || (SELECT STRING_AGG(g.ingredient, '|' ORDER BY g.ingredient)
                FROM outcome_course_ingredient g WHERE g.course_key = c.course_key) || '|', '|')
WHERE EXISTS (SELECT 1 FROM outcome_course_indication i WHERE i.course_key = c.course_key)
   OR EXISTS (SELECT 1 FROM outcome_course_ingredient g WHERE g.course_key = c.course_key);
