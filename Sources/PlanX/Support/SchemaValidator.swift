import Foundation

/// Checks a JSON value (as `JSONSerialization` gives it) against a JSON Schema
/// 2020-12, for the subset `SchemaCompiler` supports.
///
/// Every message starts with the JSON path of the offending value:
/// `$.tasks[3].deadline.kind: 'soon' is not one of 'date', 'by', …`. When no branch
/// of an `anyOf`/`oneOf` matches, the branch whose type fits the value explains why
/// (a nullable deadline that is an object reports the deadline's own problems, not
/// "is not null"). Compile once and reuse: the validator is immutable and `Sendable`.
struct SchemaValidator: Sendable {
    let root: SchemaNode
    let definitions: [String: SchemaNode]
    /// Schema keywords outside the supported subset (JSON pointers); they are not checked.
    let unsupportedKeywords: [String]
    /// How many distinct patterns were compiled.
    let patternCount: Int

    /// Compiles `root`, a schema parsed by `JSONSerialization`.
    init(root: Any) {
        var compiler = SchemaCompiler()
        let compiled = compiler.compileDocument(root)
        self.root = compiled.root
        self.definitions = compiled.defs
        self.unsupportedKeywords = compiler.unsupported
        self.patternCount = compiler.regexes.count
    }

    // MARK: - Public API

    /// - Returns: one message per violation, each starting with its JSON path; empty when valid.
    func validate(_ value: Any) -> [String] {
        var path = JSONPath()
        var failures: [String] = []
        check(value, root, &path, &failures)
        return failures
    }

    // MARK: - Private

    private func check(_ value: Any, _ node: SchemaNode, _ path: inout JSONPath, _ out: inout [String]) {
        if let constant = node.constant {
            if !constant { out.append("\(path): no value is allowed here") }
            return
        }
        guard let kind = JSONKind.of(value) else {
            out.append("\(path): \(JSONKind.describe(value))")
            return
        }
        if let types = node.types, !types.contains(where: kind.isInstance(of:)) {
            out.append("\(path): expected \(Self.list(types)), got \(JSONKind.describe(value))")
            return
        }
        if let ref = node.ref {
            if let target = definitions[ref] {
                check(value, target, &path, &out)
            } else {
                out.append("\(path): the schema has no definition '\(ref)'")
            }
        }
        if let const = node.constValue?.first, !JSONKind.equal(value, const) {
            out.append("\(path): expected \(JSONKind.describe(const)), got \(JSONKind.describe(value))")
        }
        if let allowed = node.enumValues, !allowed.contains(where: { JSONKind.equal(value, $0) }) {
            let names = allowed.map(JSONKind.describe).joined(separator: ", ")
            out.append("\(path): \(JSONKind.describe(value)) is not one of \(names)")
        }
        switch kind {
        case .object: checkObject(value as? [String: Any] ?? [:], node, &path, &out)
        case .array:
            if let items = node.items {
                for (i, element) in (value as? [Any] ?? []).enumerated() {
                    path.push(.index(i))
                    check(element, items, &path, &out)
                    path.pop()
                }
            }
        case .string: checkString(value as? String ?? "", node, path, &out)
        case .integer, .number: checkNumber(JSONKind.numericValue(value) ?? 0, node, path, &out)
        case .boolean, .null: break
        }
        for sub in node.allOf { check(value, sub, &path, &out) }
        if !node.anyOf.isEmpty { checkAnyOf(value, kind, node.anyOf, &path, &out) }
        if !node.oneOf.isEmpty { checkOneOf(value, kind, node.oneOf, &path, &out) }
    }

    private func checkObject(_ object: [String: Any], _ node: SchemaNode, _ path: inout JSONPath, _ out: inout [String]) {
        for key in node.required where object[key] == nil {
            out.append("\(path): missing required key '\(key)'")
        }
        var known = 0
        for key in node.propertyOrder {
            guard let value = object[key], let sub = node.properties[key] else { continue }
            known += 1
            path.push(.key(key))
            check(value, sub, &path, &out)
            path.pop()
        }
        guard let additional = node.additionalProperties, known < object.count else { return }
        let others = object.keys.filter { node.properties[$0] == nil }.sorted()
        if additional.constant == false {
            for key in others { out.append("\(path): unexpected key '\(key)'") }
            return
        }
        for key in others {
            path.push(.key(key))
            check(object[key] as Any, additional, &path, &out)
            path.pop()
        }
    }

    private func checkString(_ s: String, _ node: SchemaNode, _ path: JSONPath, _ out: inout [String]) {
        if let min = node.minLength, s.unicodeScalars.count < min {
            out.append("\(path): \(JSONKind.describe(s)) is shorter than \(min) character\(min == 1 ? "" : "s")")
        }
        if let (source, regex) = node.pattern,
            regex.firstMatch(in: s, range: NSRange(location: 0, length: s.utf16.count)) == nil {
            out.append("\(path): \(JSONKind.describe(s)) does not match the pattern '\(source)'")
        }
    }

    private func checkNumber(_ d: Double, _ node: SchemaNode, _ path: JSONPath, _ out: inout [String]) {
        if let min = node.minimum, d < min {
            out.append("\(path): \(JSONKind.formatNumber(d)) is less than the minimum \(JSONKind.formatNumber(min))")
        }
        if let max = node.maximum, d > max {
            out.append("\(path): \(JSONKind.formatNumber(d)) is greater than the maximum \(JSONKind.formatNumber(max))")
        }
    }

    private func checkAnyOf(_ value: Any, _ kind: JSONKind, _ branches: [SchemaNode], _ path: inout JSONPath, _ out: inout [String]) {
        var attempts: [[String]] = []
        for branch in branches {
            var failures: [String] = []
            check(value, branch, &path, &failures)
            if failures.isEmpty { return }
            attempts.append(failures)
        }
        explainNoMatch(value, kind, branches, attempts, path, &out)
    }

    private func checkOneOf(_ value: Any, _ kind: JSONKind, _ branches: [SchemaNode], _ path: inout JSONPath, _ out: inout [String]) {
        var attempts: [[String]] = []
        for branch in branches {
            var failures: [String] = []
            check(value, branch, &path, &failures)
            attempts.append(failures)
        }
        let matches = attempts.filter(\.isEmpty).count
        if matches == 1 { return }
        if matches > 1 {
            out.append("\(path): matches \(matches) of the allowed shapes, expected exactly one")
            return
        }
        explainNoMatch(value, kind, branches, attempts, path, &out)
    }

    /// Reports why no branch matched, through the branch the value's type fits if there is one.
    private func explainNoMatch(
        _ value: Any, _ kind: JSONKind, _ branches: [SchemaNode], _ attempts: [[String]],
        _ path: JSONPath, _ out: inout [String]
    ) {
        let fitting = branches.indices.filter { admits(branches[$0], kind, depth: 0) }
        if fitting.count == 1 {
            out += attempts[fitting[0]]
        } else if fitting.isEmpty {
            var unique: [JSONKind] = []
            for k in branches.flatMap({ declaredTypes($0, depth: 0) }) where !unique.contains(k) { unique.append(k) }
            out.append("\(path): expected \(Self.list(unique)), got \(JSONKind.describe(value))")
        } else {
            let closest = fitting.min { attempts[$0].count < attempts[$1].count } ?? fitting[0]
            out.append("\(path): matches none of the \(branches.count) allowed shapes; the closest fails with:")
            out += attempts[closest]
        }
    }

    /// Whether `node`'s declared type (through `$ref` and `allOf`) lets a value of `kind` in.
    private func admits(_ node: SchemaNode, _ kind: JSONKind, depth: Int) -> Bool {
        guard depth < 32 else { return true }
        if node.constant == false { return false }
        if let types = node.types, !types.contains(where: kind.isInstance(of:)) { return false }
        if let ref = node.ref, let target = definitions[ref], !admits(target, kind, depth: depth + 1) { return false }
        return node.allOf.allSatisfy { admits($0, kind, depth: depth + 1) }
    }

    private func declaredTypes(_ node: SchemaNode, depth: Int) -> [JSONKind] {
        if let types = node.types { return types }
        if depth < 32, let ref = node.ref, let target = definitions[ref] { return declaredTypes(target, depth: depth + 1) }
        return []
    }

    private static func list(_ kinds: [JSONKind]) -> String {
        let names = kinds.map(\.rawValue)
        guard names.count > 1 else { return names.first ?? "nothing" }
        return names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
    }
}
