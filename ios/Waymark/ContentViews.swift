import SwiftUI
import WaymarkCore

/// Content screens: each draws one core screen model and sends the person's
/// choice back to the core.
struct ContentView2: View {
    let route: String
    let core: Waymark
    @State private var quiz: QuizQuestionScreen?
    @State private var checklist: ChecklistScreen?
    @State private var query = ""
    @State private var country: String?
    @State private var language: String?
    @State private var purpose: String?
    @State private var showResult = false
    @State private var failure: String?

    var body: some View {
        ScrollView {
            VStack(alignment: .leading, spacing: 10) { content }.padding(16)
        }
    }

    @ViewBuilder private var content: some View {
        switch route {
        case "lessons":
            let s = core.lessonsScreen()
            Text(s.title).font(.title2)
            Text(s.intro)
            Text(s.progressLabel).font(.footnote)
            ForEach(s.lessons, id: \.id) { l in
                NavigationLink(destination: ContentView2(route: "lesson/\(l.id)", core: core)) {
                    VStack(alignment: .leading) { Text(l.title); Text(l.quizLabel).font(.footnote) }
                }
            }
        case let r where r.hasPrefix("lesson/"):
            if let s = try? core.lessonScreen(id: String(r.dropFirst("lesson/".count))) {
                Text(s.title).font(.title2)
                Text(s.summary)
                ForEach(s.sections, id: \.title) { sec in
                    Text(sec.title).font(.headline)
                    Text(sec.body)
                }
                NavigationLink(s.startQuizLabel, destination: ContentView2(route: "quiz/\(s.id)", core: core))
            }
        case let r where r.hasPrefix("quiz/"):
            let lesson = String(r.dropFirst("quiz/".count))
            if let q = quiz ?? (try? core.quizQuestion(lesson: lesson, question: nil)) {
                Text(q.positionLabel)
                Text(q.question).font(.headline)
                ForEach(q.options, id: \.id) { o in
                    Button(o.text) {
                        Task { quiz = try? await core.answerQuiz(lesson: lesson, question: q.questionId, option: o.id) }
                    }.disabled(q.feedback != nil)
                }
                if let f = q.feedback {
                    // The explanation opens with its own verdict ("Right." / "Not quite.").
                    Text(f.explanation).foregroundColor(f.correct ? .green : .red)
                    if let right = f.rightAnswer {
                        Text(right.line).font(.subheadline)
                        Text(right.explanation)
                    }
                    if let next = q.nextQuestion {
                        Button(q.nextLabel) { quiz = try? core.quizQuestion(lesson: lesson, question: next) }
                    } else {
                        Button(q.nextLabel) { showResult = true }
                    }
                }
                if showResult, let result = try? core.quizResult(lesson: lesson) {
                    Text(result.result).font(.headline)
                    Text(result.reviewTitle).font(.headline)
                    ForEach(result.review, id: \.questionId) { item in
                        Text(item.question)
                        Text(item.chosenLine).font(.footnote)
                        Text(item.rightAnswer.line).font(.footnote)
                    }
                    FailureText(failure: failure)
                    Button(result.retryLabel) {
                        attempt($failure) {
                            quiz = try await core.retakeQuiz(lesson: lesson)
                            showResult = false
                        }
                    }
                }
            }
        case "checklists":
            let s = checklist ?? core.checklistScreen()
            Text(s.title).font(.title2)
            Text(s.chooseRouteLabel)
            ForEach(s.routes, id: \.id) { r in
                Button("\(r.mark) \(r.label)") { Task { checklist = try? await core.setRoute(route: r.id) } }
            }
            ForEach(s.stages, id: \.id) { stage in
                Text("\(stage.title) (\(stage.progressLabel))").font(.headline)
                ForEach(stage.items, id: \.id) { i in
                    Button("\(i.mark) \(i.title)") { Task { checklist = try? await core.checkItem(item: i.id, checked: !i.checked) } }
                    Text(i.why).font(.footnote)
                }
            }
        case "directory":
            // The filters and their labels are the core's; choosing the
            // selected option again clears that filter.
            let s = core.directoryScreen(country: country, language: language, purpose: purpose)
            Text(s.title).font(.title2)
            Text(s.intro)
            filter(s.countryLabel, s.countryChoice, s.countries) { country = $0 }
            filter(s.languageLabel, s.languageChoice, s.languages) { language = $0 }
            filter(s.purposeLabel, s.purposeChoice, s.purposes) { purpose = $0 }
            if let empty = s.emptyText { Text(empty) }
            ForEach(s.entries, id: \.id) { e in
                Text(e.heading).font(.headline)
                Text(e.purposesLabel)
                Text(e.languagesLabel).font(.footnote)
                if let h = e.hoursLabel { Text(h) }
                if let free = e.freeLabel { Text(free).font(.footnote) }
                // Call, SMS, WhatsApp and web links: the core built the URI.
                ForEach(e.actions, id: \.uri) { a in
                    if let url = URL(string: a.uri) { Link(a.line, destination: url) }
                }
                Text(e.provenanceLabel).font(.footnote)
                if let source = e.sourceAction, let url = URL(string: source.uri) { Link(source.line, destination: url) }
            }
        case "search":
            let s = core.search(query: query)
            TextField(s.prompt, text: $query)
            if let c = s.countLabel { Text(c) }
            if let e = s.emptyText { Text(e) }
            if let f = s.fallbackText { Text(f) }
            ForEach(s.results, id: \.id) { r in
                if let target = r.open {
                    NavigationLink(destination: ContentView2(route: openRoute(target), core: core)) { resultRow(r) }
                } else {
                    resultRow(r)
                }
            }
        case "traces":
            let s = core.tracesScreen()
            Text(s.title).font(.title2)
            Text(s.intro)
            ForEach(s.items, id: \.id) { Text("• \($0.text)") }
        case "sos":
            SosView(core: core)
        case "safety":
            SafetyView(core: core)
        case "contacts":
            ContactsView(core: core)
        case "settings":
            SettingsFormView(core: core)
        case "backup":
            BackupView(core: core)
        case "redflags":
            RedFlagsView(core: core)
        case "quiet":
            QuietView(core: core)
        default:
            EmptyView()
        }
    }


    /// One directory filter: the core's options, the selected one marked.
    private func filter(_ label: String, _ choice: String, _ options: [FilterOption], choose: @escaping (String?) -> Void) -> some View {
        Menu {
            ForEach(options, id: \.id) { o in
                Button { choose(o.selected ? nil : o.id) } label: {
                    if o.selected { Label(o.label, systemImage: "checkmark") } else { Text(o.label) }
                }
            }
        } label: {
            VStack(alignment: .leading) {
                Text(label).font(.footnote)
                Text(choice)
            }
        }
    }

    private func resultRow(_ r: SearchResult) -> some View {
        VStack(alignment: .leading) {
            Text(r.heading).font(.headline)
            Text(r.snippet).font(.footnote)
            if let english = r.englishLabel { Text(english).font(.caption) }
        }
    }

    /// Where a search result opens: the same routes the home menu uses.
    private func openRoute(_ target: SearchOpen) -> String {
        if case .lessons = target.destination { return "lesson/\(target.id)" }
        return "\(target.destination)"
    }}
