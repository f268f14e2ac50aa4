package io.mesorecords.command;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Anchors the write side's Spring slice tests; the runnable application lives in the app module. */
@SpringBootApplication
public class CommandTestApplication {}
