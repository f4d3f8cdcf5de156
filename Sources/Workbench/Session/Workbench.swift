/// The assembled tool: the core plugin plus the given plugins' commands, analyses and
/// settings. Built once at start-up; immutable after.
public struct Workbench: Sendable {
    public let registry: CommandRegistry
    public let engine: AnalysisEngine
    public let settingSpecs: [SettingSpec]
    public let pluginNames: [String]

    /// Fails when two plugins claim the same command name, analysis key or setting.
    public init(plugins: [any Plugin]) throws {
        var registry = CommandRegistry()
        var engine = try AnalysisEngine()
        var settings: [SettingSpec] = []
        var names: [String] = []
        for plugin in [CorePlugin()] + plugins {
            if names.contains(plugin.name) {
                throw WorkbenchError(.usage, "two plugins are named '\(plugin.name)'")
            }
            names.append(plugin.name)
            for command in plugin.commands { try registry.register(command, plugin: plugin.name) }
            for analysis in plugin.analyses { try engine.register(analysis) }
            for setting in plugin.settings {
                if settings.contains(where: { $0.name == setting.name }) {
                    throw WorkbenchError(.usage, "setting '\(setting.name)' of plugin '\(plugin.name)' is already declared")
                }
                settings.append(setting)
            }
        }
        self.registry = registry
        self.engine = engine
        self.settingSpecs = settings
        self.pluginNames = names
    }

    public func settingSpec(_ name: String) -> SettingSpec? {
        settingSpecs.first { $0.name == name }
    }

    /// Default values of every declared setting.
    public var defaultSettings: Settings { Settings(settingSpecs) }
}
