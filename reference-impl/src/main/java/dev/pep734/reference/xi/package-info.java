/**
 * Cross-interpreter data in plain Java: the shareable value kinds
 * ({@link dev.pep734.reference.xi.XiValue}), and queues ({@link dev.pep734.reference.xi.XiQueue}) that
 * block on a {@code Lock}/{@code Condition} and apply CPython's unbound-item policies
 * ({@link dev.pep734.reference.xi.UnboundPolicy}) when the interpreter that put an item is destroyed.
 * No GraalPy types here: conversion from and to guest values lives in the runtime package.
 */
package dev.pep734.reference.xi;
