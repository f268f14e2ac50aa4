package io.mesorecords.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The active master key, which wraps every new data key, and retired ones still accepted for unwrapping after a
 * rotation. A data key is wrapped with AES-GCM under the patient's id as associated data, so a wrapped key moved to
 * another patient's row does not open.
 */
public final class MasterKeys {

    private static final String PURPOSE = "mesorecords.data-key.v1";

    private final MasterKey active;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    public MasterKeys(MasterKey active, List<MasterKey> retired) {
        this.active = active;
        byId.put(active.id(), active);
        retired.forEach(key -> byId.putIfAbsent(key.id(), key));
    }

    public String activeId() {
        return active.id();
    }

    public boolean knows(String masterKeyId) {
        return byId.containsKey(masterKeyId);
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    WrappedKey wrap(String subject, SecretKey dataKey) {
        byte[] wrapped =
                FieldCipher.encrypt(active.key(), dataKey.getEncoded(), FieldCipher.associatedData(PURPOSE, subject));
        return new WrappedKey(active.id(), wrapped);
    }

    SecretKey unwrap(String subject, WrappedKey wrapped) {
        MasterKey master = byId.get(wrapped.masterKeyId());
        if (master == null) {
            throw new PersonalDataUnreadableException("The data key of patient " + subject
                    + " is wrapped under master key " + wrapped.masterKeyId()
                    + ", which is not configured (configured: " + ids()
                    + "); configure it, as mesorecords.privacy.master-key or among retired-master-keys");
        }
        try {
            byte[] raw =
                    FieldCipher.decrypt(master.key(), wrapped.bytes(), FieldCipher.associatedData(PURPOSE, subject));
            return new SecretKeySpec(raw, "AES");
        } catch (PersonalDataUnreadableException e) {
            throw new PersonalDataUnreadableException(
                    "The data key of patient " + subject + " does not unwrap under master key " + master.id()
                            + ": the key row was altered or copied from another patient",
                    e);
        }
    }
}
