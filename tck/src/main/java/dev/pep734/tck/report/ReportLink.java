package dev.pep734.tck.report;

/**
 * One Allure link.
 *
 * @param name what the report shows: {@code resource:line}
 * @param url a relative link to the rendered page of the resource, {@code resource.html#Lline} (the reports
 *     module writes those pages beside the report)
 * @param type {@code spec} for the document line of the clause, {@code script} for an assertion script's file
 */
record ReportLink(String name, String url, String type) {
}
