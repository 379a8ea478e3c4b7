package dev.pep734.reference.reliability;

import java.util.List;

/**
 * Every trick guest code tries to get out of the sandbox: Java host classes, the polyglot API, other
 * languages, native code, the runtime's internals behind {@code _interpreters}, and forged arguments, ids
 * and wire data on the host object's methods. Each snippet must raise a Python exception, in the main
 * interpreter and in a subinterpreter alike. Snippets see {@code X} (our {@code _pep734_xi}),
 * {@code host}, {@code ops} (interpreter operations), {@code qops} (queue operations), {@code I}
 * ({@code concurrent.interpreters}) and {@code victim} (the id of an idle subinterpreter).
 */
final class SandboxTricks {
    /** One attempt. {@code touchesHost}: it calls our host objects, which must answer with real Python errors. */
    record Trick(String name, String code, boolean touchesHost) {
    }

    static final String PRELUDE = """
            import sys, pickle
            import _pep734_xi as X
            from concurrent import interpreters as I
            host = sys.modules['_pep734_host'].host
            ops = host.interpreters()
            qops = host.queues()
            def marshal_guard():
                return __import__('marshal').dumps.__closure__[0].cell_contents
            """;

    static final List<Trick> ALL = List.of(
            // Java host classes
            guest("java_type_system", "import java\njava.type('java.lang.System').exit(3)"),
            guest("java_type_runtime_internals", "import java\njava.type('dev.pep734.reference.runtime.InterpreterRegistry')"),
            guest("java_type_polyglot_context", "import java\njava.type('org.graalvm.polyglot.Context').getCurrent()"),
            guest("dunder_import_java", "__import__('java').type('java.lang.Runtime').getRuntime().halt(0)"),
            guest("java_package_attribute", "import java.lang\njava.lang.System.exit(3)"),
            guest("from_java_lang_import", "from java.lang import Thread"),
            guest("java_add_to_classpath", "import java\njava.add_to_classpath('.')"),
            guest("graalpython_build_java_class", "import __graalpython__ as G\nG.build_java_class(object, 'X', object)"),
            // polyglot API and other languages
            guest("polyglot_eval_js", "import polyglot\npolyglot.eval(language='js', string='java.lang.System')"),
            guest("polyglot_eval_python", "import polyglot\npolyglot.eval(language='python', string='1 + 1')"),
            guest("polyglot_eval_file", "import polyglot\npolyglot.eval(language='llvm', path='/bin/true')"),
            guest("polyglot_import_value", "import polyglot\npolyglot.import_value('host')"),
            guest("polyglot_export_value", "import polyglot\npolyglot.export_value('leak', host)"),
            guest("ctypes_native_call", "import ctypes\nctypes.CDLL(None).getpid()"),
            // the host object itself
            host("host_getClass", "host.getClass()"),
            host("host_registry_field", "host.registry"),
            host("host_package_private_method", "host.registry()"),
            host("host_object_methods", "host.hashCode()"),
            host("host_wait_notify", "host.notifyAll()"),
            host("host_instantiate_its_type", "type(host)()"),
            host("host_set_field", "host.self = 0\nassert host.self == 0"),
            host("host_pickle", "pickle.dumps(host)"),
            host("ops_registry_field", "ops.registry"),
            host("queue_ops_internals", "qops.queues.ids()"),
            host("shared_block_java_methods", "X.unwrap(ops.allocate(8)).array()"),
            host("shared_block_getClass", "X.unwrap(ops.allocate(8)).getClass()"),
            host("module_source_wrong_type", "host.moduleSource(5)"),
            host("module_code_wrong_type", "host.moduleCode(5)"),
            // forged interpreter ids and arguments
            host("forged_exec_in_main", "X.unwrap(ops.exec(0, 'src', 'x = 1'))"),
            host("forged_destroy_main", "X.unwrap(ops.destroy(0))"),
            host("forged_destroy_current", "X.unwrap(ops.destroy(X.current_id()))"),
            host("forged_unknown_interpreter", "X.unwrap(ops.exec(10**6, 'src', 'x = 1'))"),
            host("forged_negative_id", "X.unwrap(ops.whence(-1))"),
            host("forged_id_beyond_int64", "X.unwrap(ops.whence(2**64))"),
            host("forged_id_of_wrong_type", "X.unwrap(ops.exec('1', 'src', 'x = 1'))"),
            host("forged_id_none", "X.unwrap(ops.isRunning(None))"),
            host("forged_id_index_raises", "X.unwrap(ops.whence(type('E', (), {'__index__': lambda s: 1 // 0})()))"),
            host("forged_script_kind", "X.unwrap(ops.exec(victim, 'evil', 'x = 1'))"),
            host("forged_code_payload", "X.unwrap(ops.exec(victim, 'code', 'not bytes'))"),
            host("forged_missing_arguments", "ops.exec()"),
            host("forged_wire_tag", "X.unwrap(ops.prepareMain(victim, (('x', ('z', 1)),)))"),
            host("forged_wire_int_overflow", "X.unwrap(ops.prepareMain(victim, (('x', ('i', 2**70)),)))"),
            host("forged_wire_memory_handle", "X.unwrap(ops.prepareMain(victim, (('x', ('m', bytearray(8), False)),)))"),
            host("forged_wire_deep_nesting",
                    "w = ('n',)\nfor _ in range(5000):\n    w = ('t', (w,))\nX.unwrap(ops.prepareMain(victim, (('x', w),)))"),
            host("forged_wire_not_a_sequence", "X.unwrap(ops.prepareMain(victim, 42))"),
            host("forged_allocate_negative", "X.unwrap(ops.allocate(-1))"),
            host("forged_allocate_huge", "X.unwrap(ops.allocate(2**40))"),
            // forged queue ids and arguments
            host("forged_queue_id", "X.unwrap(qops.size(987654))"),
            host("forged_queue_put_unknown", "X.unwrap(qops.put(987654, ('n',), 3, 0))"),
            host("forged_queue_policy", "X.unwrap(qops.create(0, 9))"),
            host("forged_queue_wire", "q = I.create_queue()\nX.unwrap(qops.put(q.id, ('t', 5), 3, 0))"),
            host("forged_queue_timeout", "q = I.create_queue()\nX.unwrap(qops.get(q.id, 'soon'))"),
            host("forged_queue_reference",
                    "q = I.create_queue()\nX.unwrap(qops.put(q.id, ('q', 987654), 3, 0))\nq.get(timeout=5)"),
            // the marshal guard every context's marshal.dumps calls (MarshalGuard), reached through its closure
            host("marshal_guard_original_field", "marshal_guard().original"),
            host("marshal_guard_lock_field", "marshal_guard().LOCK.unlock()"),
            host("marshal_guard_getClass", "marshal_guard().getClass()"),
            host("marshal_guard_wrong_version_type", "marshal_guard().dumps(1, 'four')"),
            host("marshal_guard_missing_arguments", "marshal_guard().dumps()"),
            // forged ids through the public API
            host("forged_interpreter_object", "I.Interpreter(10**6).exec('x = 1')"),
            host("forged_main_interpreter_exec", "I.Interpreter(0).exec('x = 1')"),
            host("forged_queue_object", "I.Queue(10**6)"));

    private SandboxTricks() {
    }

    private static Trick guest(String name, String code) {
        return new Trick(name, code, false);
    }

    private static Trick host(String name, String code) {
        return new Trick(name, code, true);
    }
}
