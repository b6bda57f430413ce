import ReformPlan

/// Status words and colours as pages show them: colour is never the only
/// sign, the word is always there too.
enum Labels {
    static func project(_ status: ProjectStatus, _ language: Language) -> [String: Any] {
        ["key": status.rawValue, "text": language == .zh ? status.chineseName : status.englishName]
    }

    static func phase(_ status: PhaseStatus, _ language: Language) -> [String: Any] {
        ["key": status.rawValue, "text": language == .zh ? status.chineseName : status.englishName]
    }

    static func category(_ category: ProjectCategory?, _ language: Language) -> String {
        guard let category else { return language == .zh ? "未分类" : "Uncategorised" }
        guard language == .en else { return category.chineseName }
        switch category {
        case .lead: return "Projects the bureau leads"
        case .participating: return "City projects the bureau takes part in"
        case .own: return "The bureau's own projects"
        }
    }

    static func report(_ state: ProgressReport.State, _ language: Language) -> [String: Any] {
        ["key": state.rawValue, "text": language == .zh ? state.chineseName : state.rawValue]
    }

    static func notice(_ state: SupervisionNotice.State, _ language: Language) -> [String: Any] {
        ["key": state.rawValue, "text": language == .zh ? state.chineseName : state.rawValue]
    }
}
