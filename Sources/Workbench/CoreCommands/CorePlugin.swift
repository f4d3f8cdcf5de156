/// The core's own commands, analyses and settings, registered like any plugin's.
public struct CorePlugin: Plugin {
    public init() {}
    public let name = "core"

    public var commands: [CommandSpec] {
        [
            LoadCommand.spec, DocsCommand.spec, ShowCommand.spec, StatsCommand.spec,
            HelpCommand.spec, SetCommand.spec, ClearCommand.spec, QuitCommand.spec,
            WhereCommand.spec, SortCommand.spec, TopCommand.spec, SelectCommand.spec, CountCommand.spec,
            SentencesCommand.spec, KwicCommand.spec, FreqCommand.spec, ContextCommand.spec,
            QuotesCommand.spec, EvalQuotesCommand.spec, EntitiesCommand.spec, MentionsCommand.spec, RolesCommand.spec,
            WorkspaceCommands.open, WorkspaceCommands.save, WorkspaceCommands.close, StatusCommand.spec,
        ]
    }

    public var analyses: [any Analysis] {
        [ParagraphAnalysis(), TokenAnalysis(), SentenceAnalysis(), EntityAnalysis(), QuoteAnalysis()]
    }

    public var settings: [SettingSpec] { SettingSpec.core }

    public var payloadTypes: [any PersistentPayload.Type] { [TokenLayer.self, SentenceLayer.self, EntityLayer.self] }
}
