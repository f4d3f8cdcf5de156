import Foundation
import Workbench

/// Sentiment of quotes (and of any text unit): a lexicon-and-rules scorer tuned for hedged,
/// diplomatic policy language, with every score explained word by word.
///
/// - Scoring: `Scoring/` — the VADER lexicon (MIT, shipped with its licence in
///   `Resources/vader/`), our rules (`RuleWords`, `ScoringRules`, `SentimentScorer`) and a
///   domain layer for international affairs (`Resources/domain/international_affairs.tsv`,
///   replaceable through the `sentiment.domain` setting).
/// - The `sentiment.quotes` analysis scores every quote (it requires the quotes, which
///   require the text layer); `quotes` gains a `sentiment` column through a `ColumnProvider`.
/// - Commands: `sentiment`, `sentiment.by-speaker`, `sentiment.by`, `sentiment.explain`,
///   `eval sentiment`.
public struct QuoteSentimentPlugin: Plugin {
    public init() {}
    public let name = "sentiment"

    static let quotesKey: AnalysisKey = "sentiment.quotes"
    static let domainSetting = "sentiment.domain"

    public var analyses: [any Analysis] { [QuoteSentimentAnalysis()] }

    public var payloadTypes: [any PersistentPayload.Type] { [QuoteSentimentLayer.self] }

    public var commands: [CommandSpec] {
        [SentimentCommand.spec, SentimentBySpeakerCommand.spec, SentimentByCommand.spec, SentimentExplainCommand.spec,
         EvalSentimentCommand.spec]
    }

    public var settings: [SettingSpec] {
        [SettingSpec(
            QuoteSentimentPlugin.domainSetting, default: SentimentResources.builtInDomain,
            summary: "the sentiment domain layer: international-affairs (built in), none, or a TSV file of term, valence, note",
            validate: { value in
                if value == SentimentResources.builtInDomain || value == SentimentResources.noDomain { return nil }
                return FileManager.default.isReadableFile(atPath: value)
                    ? nil : "expected international-affairs, none or the path of a readable TSV file"
            })]
    }

    public var columns: [ColumnProvider] {
        [ColumnProvider(
            table: "quotes", column: .init("sentiment", .double),
            summary: "compound sentiment of the quote, -1 (negative) .. 1 (positive); see sentiment.explain",
            requires: [QuoteSentimentPlugin.quotesKey]
        ) { graph, spans in
            let layer = graph.payload(of: QuoteSentimentPlugin.quotesKey.name, as: QuoteSentimentLayer.self)
            return spans.map { span in
                guard let span, let compound = layer?.compound(span) else { return .null }
                return SentimentFormat.value(compound)
            }
        }]
    }
}
