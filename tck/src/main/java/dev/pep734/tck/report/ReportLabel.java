package dev.pep734.tck.report;

/** One Allure label ({@code epic}, {@code suite}, {@code severity}, ...), without Allure's own types. */
record ReportLabel(String name, String value) {
}
