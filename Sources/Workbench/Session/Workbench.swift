/// The assembled tool: the core plugin plus the given plugins' commands, analyses and
/// settings. Built once at start-up; immutable after.
public struct Workbench: Sendable {
    public let registry: CommandRegistry
    public let engine: AnalysisEngine
    public let settingSpecs: [SettingSpec]
    public let pluginNames: [String]
    /// Every plugin's workspace migrations, in plugin order (the core's run before them).
    public let workspaceMigrations: [WorkspaceMigration]
    /// The payloads a workspace can read back, from every plugin.
    public let payloadCodecs: PayloadCodecs
    /// Columns plugins add to core tables, by table name, in plugin order.
    private let providedColumns: [String: [ColumnProvider]]

    /// Fails when two plugins claim the same command name, analysis key or setting.
    public init(plugins: [any Plugin]) throws {
        var registry = CommandRegistry()
        var engine = try AnalysisEngine()
        var settings: [SettingSpec] = []
        var names: [String] = []
        var columns: [String: [ColumnProvider]] = [:]
        var migrations: [WorkspaceMigration] = []
        var payloadTypes: [any PersistentPayload.Type] = []
        for plugin in [CorePlugin()] + plugins {
            if names.contains(plugin.name) {
                throw WorkbenchError(.usage, "two plugins are named '\(plugin.name)'")
            }
            names.append(plugin.name)
            for migration in plugin.migrations {
                if migrations.contains(where: { $0.name == migration.name }) || WorkspaceSchema.core.contains(where: { $0.name == migration.name }) {
                    throw WorkbenchError(.usage, "workspace migration '\(migration.name)' of plugin '\(plugin.name)' is declared twice")
                }
                migrations.append(migration)
            }
            payloadTypes += plugin.payloadTypes
            for command in plugin.commands { try registry.register(command, plugin: plugin.name) }
            for analysis in plugin.analyses { try engine.register(analysis) }
            for setting in plugin.settings {
                if settings.contains(where: { $0.name == setting.name }) {
                    throw WorkbenchError(.usage, "setting '\(setting.name)' of plugin '\(plugin.name)' is already declared")
                }
                settings.append(setting)
            }
            for var provider in plugin.columns {
                provider.plugin = plugin.name
                if let other = columns[provider.table]?.first(where: { $0.column.name == provider.column.name }) {
                    throw WorkbenchError(.usage, "column '\(provider.column.name)' of table '\(provider.table)' is provided by plugins '\(other.plugin)' and '\(plugin.name)'")
                }
                columns[provider.table, default: []].append(provider)
            }
        }
        self.registry = registry
        self.engine = engine
        self.settingSpecs = settings
        self.pluginNames = names
        self.workspaceMigrations = migrations
        self.payloadCodecs = PayloadCodecs(payloadTypes)
        self.providedColumns = columns
    }

    /// The columns plugins add to the table `name` (see `ColumnProvider`).
    public func columnProviders(for name: String) -> [ColumnProvider] {
        providedColumns[name] ?? []
    }

    public func settingSpec(_ name: String) -> SettingSpec? {
        settingSpecs.first { $0.name == name }
    }

    /// Default values of every declared setting.
    public var defaultSettings: Settings { Settings(settingSpecs) }
}
