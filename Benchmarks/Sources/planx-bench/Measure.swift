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
        waitpid(pid, &status, 0)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return Child(seconds: seconds, status: status)
    }

    /// Peak resident memory of a program run, in bytes, measured by GNU time (`/usr/bin/time -f %M`).
    ///
    /// Not from this process's `wait4`: a child made by `posix_spawn` (vfork) or `fork` inherits the
    /// parent's high-water mark at `exec`, so the benchmark's own loaded inputs would be counted.
    static func peakRSS(_ arguments: [String]) -> Int? {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("planx-bench-rss-\(getpid())").path
        defer { unlink(out) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time"),
              let run = child(["/usr/bin/time", "-f", "%M", "-o", out] + arguments, runs: 1), run.status == 0,
              let text = try? String(contentsOfFile: out, encoding: .utf8),
              let kb = Int(text.split(separator: "\n").last(where: { !$0.isEmpty }) ?? "") else { return nil }
        return kb * 1024
    }

    static func which(_ program: String) -> Bool {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(program)") }
    }
}
