import Foundation

/// The gazetteer shipped in the package's resource bundle.
extension Gazetteer {
    /// The bundled gazetteer, loaded on first use. A failure (a malformed row after an edit, a
    /// missing file) is kept as a value so that commands can report it instead of crashing.
    public static let shared: Result<Gazetteer, WorkbenchError> = {
        do {
            return .success(try loadBundled())
        } catch let error as WorkbenchError {
            return .failure(error)
        } catch {
            return .failure(WorkbenchError(.io, "cannot load the gazetteer: \(error)"))
        }
    }()

    /// Reads and checks the data files in `Resources/` of the Workbench bundle.
    public static func loadBundled() throws -> Gazetteer {
        try Gazetteer(files: DataFiles(
            countries: try resource(GazetteerLoader.countryFile),
            places: try resource(GazetteerLoader.placeFile),
            regions: try resource(GazetteerLoader.regionFile),
            organizations: try resource(GazetteerLoader.organizationFile),
            titles: try resource(GazetteerLoader.titleFile),
            organizationCues: try resource(GazetteerLoader.cueFile),
            placeCues: try resource(GazetteerLoader.placeCueFile)))
    }

    /// The text of `Resources/<path>` in the module's bundle.
    private static func resource(_ path: String) throws -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let directory = "Resources/" + path.dropLast(file.count).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        let name = file.hasSuffix(".tsv") ? String(file.dropLast(4)) : file
        guard let url = ResourceBundle.url(forResource: name, withExtension: "tsv", subdirectory: directory) else {
            throw WorkbenchError(.io, "cannot find \(path) in the Workbench resource bundle",
                                 hint: "keep the folder wb_Workbench.resources next to the wb executable, or set WB_RESOURCES to it")
        }
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw WorkbenchError(.io, "cannot read \(path) from the resource bundle: \(error.localizedDescription)")
        }
    }
}
