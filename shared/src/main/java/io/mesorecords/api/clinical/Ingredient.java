package io.mesorecords.api.clinical;

/** What a cocktail product contains; an allergy to any of them contraindicates the product. */
public enum Ingredient {
    HYALURONIC_ACID,
    ELASTIN,
    COLLAGEN,
    VITAMIN_A,
    VITAMIN_C,
    VITAMIN_B_GROUP,
    AMINO_ACIDS,
    MINERALS,
    SELENIUM,
    ZINC,
    PHOSPHORUS_SALTS,
    ANTIOXIDANTS,
    GLYCOLIC_ACID
}
