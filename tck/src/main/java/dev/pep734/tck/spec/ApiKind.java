package dev.pep734.tck.spec;

/** The kind of an API clause, from its directive ({@code .. function::} and so on) or table row. */
public enum ApiKind { MODULE, FUNCTION, CLASS, METHOD, ATTRIBUTE, EXCEPTION, DATA }
