package io.mesorecords.api.common;

/**
 * Why a command was refused: travels as the details of the command's failure, so that the reason survives even when
 * the command was decided on another node.
 */
public record CommandRejected(Rejection rejection, String message) {}
