package dev.pep734.reports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One Allure category: results with one of {@code statuses} whose message matches {@code messageRegex} as a
 * whole. Allure puts a result in the first category that matches.
 *
 * @param name what the Categories tab shows
 * @param statuses Allure statuses: {@code failed} (assertion errors), {@code broken} (other exceptions),
 *     {@code skipped} (aborted tests)
 * @param messageRegex a Java regex over the whole message, which may span lines
 */
record Category(String name, List<String> statuses, String messageRegex) {

    Category {
        statuses = List.copyOf(statuses);
        Pattern.compile(messageRegex);
    }

    boolean matches(String status, String message) {
        return statuses.contains(status) && Pattern.compile(messageRegex).matcher(message).matches();
    }
}
