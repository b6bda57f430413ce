import ReformPlan

extension AppContext {
    /// The signed-in account, or a refusal that sends the visitor to sign in.
    func account() throws -> Account {
        guard let account = visitor?.account else { throw Refusal.notSignedIn }
        return account
    }

    /// The account, if `Access` allows it `operation` on what belongs to
    /// `units`; every handler that reads or changes something goes through here.
    @discardableResult
    func require(_ operation: Operation, units: [String] = []) throws -> Account {
        let account = try account()
        guard Access.allows(account, operation, units: units) else {
            let (zh, en) = Self.describe(operation)
            throw Refusal.forbidden(zh, en)
        }
        return account
    }

    static func describe(_ operation: Operation) -> (String, String) {
        switch operation {
        case .readPlan: ("查看计划", "read the plan")
        case .readSubmittedReport: ("查看报送", "read reports")
        case .readDraftReport: ("查看其他单位的草稿", "read another unit's draft")
        case .editReport: ("填写该单位的报送", "edit this unit's report")
        case .submitReport: ("提交该单位的报送", "submit this unit's report")
        case .reviewReport: ("审核该报送", "review this report")
        case .readNotice: ("查看督办单", "read notices")
        case .issueNotice: ("下发督办单", "issue notices")
        case .signNotice: ("签收该督办单", "sign for this notice")
        case .replyNotice: ("回复该督办单", "reply to this notice")
        case .closeNotice: ("办结督办单", "close notices")
        case .escalateNotice: ("提级督办", "escalate notices")
        case .comment: ("发表意见", "comment")
        case .importPlan: ("导入实施方案", "import plans")
        case .readAudit: ("查看操作日志", "read the audit log")
        case .manageAccounts: ("管理账户", "manage accounts")
        case .manageSettings: ("修改设置", "change settings")
        case .manageOwnTokens: ("管理访问令牌", "manage access tokens")
        case .editTargets: ("分解指标目标", "hand down targets")
        case .enterValues: ("报送该区划的指标数值", "enter values for this division")
        case .editSubPlan: ("编制、修改该单位的子方案", "make or change this unit's sub-plan")
        case .readBudget: ("查看项目经费", "read budgets")
        case .editBudget: ("编辑项目经费（仅局财务处和督办人员可以）", "edit budgets (the finance office and supervisors only)")
        case .readDocuments: ("查看通报、小结和考核结果", "read bulletins, summaries and assessment results")
        case .readDraftDocuments: ("查看尚未印发的草稿（仅规划发展处和局领导可以）", "read unissued drafts (supervisors and leaders only)")
        case .draftDocuments: ("起草、印发通报和小结（仅规划发展处可以）", "draft and issue bulletins and summaries (supervisors only)")
        case .readAssessment: ("查看考核得分（各单位只能看本单位的）", "read assessment scores (a unit only its own)")
        case .runAssessment: ("组织考核：修改方案、调整得分、答复异议、公布结果（仅规划发展处可以）", "run the assessment (supervisors only)")
        case .fileObjection: ("对本单位的考核得分提出异议", "object to the unit's own score")
        case .readPublicity: ("查看宣传稿件（各单位只能看本单位的）", "read publicity pieces (a unit only its own)")
        case .submitPublicity: ("以本单位名义报送宣传稿件", "send a publicity piece for your unit")
        case .decidePublicity: ("处理宣传稿件（仅政策法规处和督办人员可以）", "decide on publicity pieces (the policy office and supervisors)")
        case .readMessages: ("查看消息发送记录（各单位只能看本单位的）", "read the outbox (a unit only its own)")
        case .manageChannels: ("设置消息通道、重发消息（各单位只能设本单位的）", "set up channels and resend messages (a unit only its own)")
        case .readLadder: ("查看跟踪督办（各单位只能看本单位的）", "read the escalation ladder (a unit only its own)")
        case .escalate: ("记录催办、约谈、问责", "record a press, an interview or a referral for accountability")
        case .setEscalationRules: ("修改督办规则", "change the escalation rules")
        case .runMeetings: ("召开会议、记录决定事项、组织专项督查、销号", "run meetings, inspections and close their actions")
        case .reportAction: ("报告本单位交办事项办结情况", "report the unit's actions done")
        }
    }
}
