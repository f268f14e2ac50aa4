package io.mesorecords.api.clinical;

/** Why a course is given. */
public enum Indication {
    FINE_WRINKLES,
    DEHYDRATED_OR_DULL_SKIN,
    LOSS_OF_ELASTICITY,
    PHOTOAGEING,
    HYPERPIGMENTATION,
    ACNE,
    ACNE_SCARS,
    ENLARGED_PORES,
    PERIORBITAL,
    LOCAL_FAT_DEPOSITS,
    ROSACEA
}
