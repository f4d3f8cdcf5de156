import Foundation

/// The small list of common given names in `Resources/lexicons/given_names.tsv`: a
/// capitalised word on it, followed by another, starts a person's name even when the
/// surname is also a common word ("Gordon Brown").
enum GivenNames {
    static let file = "lexicons/given_names.tsv"

    /// The bundled list as normalised forms, loaded on first use; a failure is kept as a value
    /// so that the analysis reports it instead of crashing.
    static let shared: Result<Set<String>, WorkbenchError> = {
        guard let url = ResourceBundle.url(forResource: "given_names", withExtension: "tsv", subdirectory: "Resources/lexicons") else {
            return .failure(WorkbenchError(.io, "cannot find \(file) in the Workbench resource bundle",
                                           hint: "keep the folder wb_Workbench.resources next to the wb executable, or set WB_RESOURCES to it"))
        }
        do {
            return .success(parse(try String(contentsOf: url, encoding: .utf8)))
        } catch {
            return .failure(WorkbenchError(.io, "cannot read \(file): \(error.localizedDescription)"))
        }
    }()

    /// One name a line; `#` comments and blank lines are skipped.
    static func parse(_ text: String) -> Set<String> {
        var names: Set<String> = []
        for line in text.split(whereSeparator: \.isNewline) {
            let name = line.trimmingCharacters(in: .whitespaces)
            if name.isEmpty || name.hasPrefix("#") { continue }
            names.insert(TokenNormalizer.normalize(name))
        }
        return names
    }
}
