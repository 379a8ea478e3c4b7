"""Runs CPython's own interpreter tests (copied next to this file) and reports each test's outcome.

Usage: python3 run_suite.py --report FILE [--skip FILE] MODULE...

Each MODULE (for example test.test_interpreters.test_api) is loaded with unittest, so load_tests hooks and
class and module fixtures work as under CPython's regrtest. The report gets one line per event, fields
separated by tabs, text fields escaped (backslash, tab, newline), written as it happens so that whoever
watches the file sees which test is running:

    PLAN   <test id>                          every test of the run, in order, before the first starts
    START  <test id>
    END    <test id> <outcome> <seconds> <detail>    outcome: pass, fail, error, skip
    FIXTURE <name> <detail>                   a class or module fixture (setUpClass, ...) failed
    DONE

Tests listed in the --skip file (one id per line) are left out: the build's driver uses it to resume after a
test that hung or crashed the process.
"""
import argparse
import os
import sys
import time
import traceback
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def _escape(text):
    return text.replace('\\', '\\\\').replace('\t', '\\t').replace('\r', '\\r').replace('\n', '\\n')


class Report:
    def __init__(self, path):
        self._file = open(path, 'a', encoding='utf-8', buffering=1)

    def line(self, *fields):
        self._file.write('\t'.join(_escape(str(f)) for f in fields) + '\n')
        self._file.flush()


def _test_id(test):
    # Some tests shadow TestCase.id with an attribute of their own (test__interpreters sets self.id).
    return unittest.TestCase.id(test) if isinstance(test, unittest.TestCase) else str(test)


def _describe(result, err, test):
    try:
        return result._exc_info_to_string(err, test)
    except BaseException as e:  # a traceback GraalPy cannot walk must not lose the outcome
        return ''.join(traceback.format_exception_only(err[0], err[1])) + f'(traceback not available: {e!r})\n'


class ReportingResult(unittest.TestResult):
    """Collects one outcome per test (subtest failures make the test fail) and reports it at stopTest."""

    def __init__(self, report):
        super().__init__()
        self._report = report
        self._outcome = None
        self._subtest_failures = ''
        self._started = 0.0

    def startTest(self, test):
        super().startTest(test)
        self._outcome = None
        self._subtest_failures = ''
        self._started = time.monotonic()
        self._report.line('START', _test_id(test))

    def stopTest(self, test):
        super().stopTest(test)
        outcome, detail = self._outcome or ('error', 'the test ended without an outcome')
        if self._subtest_failures and outcome == 'pass':
            outcome, detail = 'fail', self._subtest_failures
        seconds = f'{time.monotonic() - self._started:.2f}'
        self._report.line('END', _test_id(test), outcome, seconds, detail)

    def addSuccess(self, test):
        self._outcome = ('pass', '')

    def addFailure(self, test, err):
        self._outcome = ('fail', _describe(self, err, test))

    def addError(self, test, err):
        if not isinstance(test, unittest.TestCase):
            # setUpClass, setUpModule and their cleanups: unittest reports them through a stand-in object.
            self._report.line('FIXTURE', str(test), _describe(self, err, test))
            return
        self._outcome = ('error', _describe(self, err, test))

    def addSkip(self, test, reason):
        if isinstance(test, unittest.TestCase):
            self._outcome = ('skip', reason)
        else:
            self._report.line('FIXTURE', str(test), 'skipped: ' + reason)

    def addExpectedFailure(self, test, err):
        # CPython's @expectedFailure: it failed as the test says it must (counted as passed, as unittest does).
        self._outcome = ('pass', 'expected failure (unittest.expectedFailure)')

    def addUnexpectedSuccess(self, test):
        self._outcome = ('fail', 'unexpected success of a test marked @expectedFailure')

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._subtest_failures += f'[{subtest._subDescription()}]\n' + _describe(self, err, test)
            if self._outcome is None:
                self._outcome = ('pass', '')


def _without(suite, skipped):
    kept = unittest.TestSuite()
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            kept.addTest(_without(item, skipped))
        elif _test_id(item) not in skipped:
            kept.addTest(item)
    return kept


def _ids(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _ids(item)
        else:
            yield _test_id(item)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--report', required=True)
    parser.add_argument('--skip')
    parser.add_argument('modules', nargs='+')
    args = parser.parse_args(argv)
    skipped = set()
    if args.skip:
        with open(args.skip, encoding='utf-8') as f:
            skipped = {line.strip() for line in f if line.strip()}

    # test.support: on a 3.12 runtime, the suite's own package, which installs the compatibility layer
    # (cpython_compat) in every interpreter that imports it.
    from test import support
    # As CPython's regrtest runs them by default (no -u option): tests that need a resource such as 'cpu' or
    # 'walltime' are skipped, on CPython as here.
    support.use_resources = []

    report = Report(args.report)
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for name in args.modules:
        try:
            suite.addTests(loader.loadTestsFromName(name))
        except BaseException as e:  # the module did not import: none of its tests can run
            report.line('FIXTURE', f'import {name}', ''.join(traceback.format_exception(e)))
    suite = _without(suite, skipped)
    for test_id in _ids(suite):
        report.line('PLAN', test_id)
    suite.run(ReportingResult(report))
    report.line('DONE')


if __name__ == '__main__':
    main(sys.argv[1:])
