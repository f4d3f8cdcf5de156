/// A plugin: a name, the commands it adds and the analyses they rely on.
///
/// Plugins depend on the core only, never on each other: they meet through analysis keys
/// and the graph. Built-in ones are listed in `Sources/Plugins/BuiltIn`; see docs/plugins.md.
public protocol Plugin: Sendable {
    var name: String { get }
    var commands: [CommandSpec] { get }
    var analyses: [any Analysis] { get }
    var settings: [SettingSpec] { get }
    /// Columns it adds to core commands' tables (`sentiment` on `quotes`); see `ColumnProvider`.
    var columns: [ColumnProvider] { get }
    /// The plugin's own workspace tables: named, append-only migrations, run after the core's.
    var migrations: [WorkspaceMigration] { get }
    /// The payload types of its analyses that a workspace can store and read back.
    var payloadTypes: [any PersistentPayload.Type] { get }
}

extension Plugin {
    public var analyses: [any Analysis] { [] }
    public var settings: [SettingSpec] { [] }
    public var columns: [ColumnProvider] { [] }
    public var migrations: [WorkspaceMigration] { [] }
    public var payloadTypes: [any PersistentPayload.Type] { [] }
}
