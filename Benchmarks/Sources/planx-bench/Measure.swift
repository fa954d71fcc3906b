import Foundation

/// Timing and memory of work done in this process or in a child process.
enum Measure {
    /// Best wall time in seconds of `runs` executions of `body`.
    static func best(runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    struct Child {
        var seconds: Double
        var maxRSSBytes: Int
        var status: Int32
    }

    /// Runs a program (found on PATH or given by path) with stdout/stderr discarded; best of `runs`.
    static func child(_ arguments: [String], runs: Int = 3, stdin: String? = nil) -> Child? {
        var best: Child?
        for _ in 0..<runs {
            guard let run = spawn(arguments, stdin: stdin) else { return nil }
            if best == nil || run.seconds < best!.seconds { best = run }
        }
        return best
    }

    private static func spawn(_ arguments: [String], stdin: String?) -> Child? {
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Child(seconds: seconds, maxRSSBytes: Int(usage.ru_maxrss) * 1024, status: status)
    }

    static func which(_ program: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}
