package app.waymark.ui

// Platform-neutral Compose screens (issue #12): each composable draws one of
// the core's screen models (generated bindings, app.waymark.core) and reports
// the person's choice through [WaymarkActions]. No android.*, no Context, no
// Intent here: the Android shell (android/app) and the desktop render test
// (tests/android-render) both include these sources. Every text comes from
// the core's model; nothing is decided here.

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.imePadding
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.compositionLocalOf
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.unit.dp
import app.waymark.core.Answer
import app.waymark.core.CalcKey
import app.waymark.core.CalculatorScreen
import app.waymark.core.ContactsScreen
import app.waymark.core.ConversationScreen
import app.waymark.core.ConversationsScreen
import app.waymark.core.Destination
import app.waymark.core.DirectoryScreen
import app.waymark.core.FilterOption
import app.waymark.core.HomeScreen
import app.waymark.core.LessonListScreen
import app.waymark.core.LessonScreen
import app.waymark.core.NumberAction
import app.waymark.core.RedFlagResult
import app.waymark.core.RedFlagScreen
import app.waymark.core.SafetyScreen
import app.waymark.core.SetupScreen
import app.waymark.core.TracesScreen
import app.waymark.core.UnlockScreen
import app.waymark.core.Disguise
import app.waymark.core.BackupScreen
import app.waymark.core.ChangePinForm
import app.waymark.core.ChecklistScreen
import app.waymark.core.ContactForm
import app.waymark.core.ContactInput
import app.waymark.core.DuressForm
import app.waymark.core.QuizQuestionScreen
import app.waymark.core.QuizResultScreen
import app.waymark.core.SearchScreen
import app.waymark.core.SearchTarget
import app.waymark.core.SettingsForm
import app.waymark.core.SosHistoryScreen
import app.waymark.core.SmsPayload
import app.waymark.core.SosPlan
import app.waymark.core.SosStage
import app.waymark.core.SosScreen
import app.waymark.core.WipeAfterForm

/** What the person can do; the shell (Android or the render test) carries it out through the core. */
interface WaymarkActions {
    fun setUp(pin: String, confirmation: String)
    fun unlock(pin: String)
    fun lock()
    fun quickExit()
    fun open(destination: Destination)
    fun openLesson(id: String)
    fun checkJobOffer(answers: Map<String, Answer>)
    fun follow(action: NumberAction)
    fun openConversation(id: Long)
    fun openConversationWith(hotline: String)
    fun send(conversation: Long, body: String)
    fun retry(conversation: Long, message: Long)
    fun chooseDisguise(disguise: Disguise)
    fun calculator(key: CalcKey)
    fun startQuiz(lesson: String)
    fun answerQuiz(lesson: String, question: String, option: String)
    fun nextQuestion(lesson: String, next: String?)
    fun retakeQuiz(lesson: String)
    fun setRoute(id: String)
    fun checkItem(id: String, checked: Boolean)
    fun search(query: String)
    fun openSearchResult(target: SearchTarget)
    fun filterDirectory(country: String?, language: String?, purpose: String?)
    fun openContact(id: Long?)
    fun saveContact(id: Long?, contact: ContactInput)
    fun removeContact(id: Long)
    fun sosReview()
    fun sosConfirm()
    fun sosCancel()
    fun sosPractice()
    fun sosSend(message: SmsPayload)
    fun sosHistory()
    fun backup(newCode: Boolean)
    fun restore(code: String)
    fun stopTransfer()
    fun saveSettings(language: String, displayName: String, country: String?)
    fun openWipeAfter()
    fun setWipeAfter(count: UInt?)
    fun openChangePin()
    fun changePin(current: String, new: String, confirmation: String)
    fun setDuressPin(pin: String, duressPin: String, confirmation: String, wipeOnUse: Boolean)
    fun openDuress()
    fun removeDuressPin(pin: String)
    fun wipe()
    fun back()
}

/** The core's localized reason for the last failed action; every screen shows it. */
val LocalError = compositionLocalOf<String?> { null }

/** Every text drawn reports here when it does not fit its box; the render test fails on any entry. */
val LocalOverflow = compositionLocalOf<(String) -> Unit> { {} }

/** One line of core text; overflow is reported, never silently clipped. */
@Composable
fun T(text: String, style: TextStyle = MaterialTheme.typography.bodyMedium, modifier: Modifier = Modifier) {
    val report = LocalOverflow.current
    Text(text, modifier, style = style, onTextLayout = { if (it.hasVisualOverflow) report(text) })
}

@Composable
fun Title(text: String) = T(text, MaterialTheme.typography.headlineSmall)

@Composable
fun Heading(text: String) = T(text, MaterialTheme.typography.titleMedium)

/** PIN and message fields: no personalised keyboard learning (autoCorrect off; the Android shell adds IME_FLAG_NO_PERSONALIZED_LEARNING). */
private val Private = KeyboardOptions(autoCorrectEnabled = false, keyboardType = KeyboardType.NumberPassword)

@Composable
private fun PinField(label: String, value: String, onChange: (String) -> Unit) =
    OutlinedTextField(value, onChange, label = { T(label) }, singleLine = true,
        visualTransformation = PasswordVisualTransformation(), keyboardOptions = Private, modifier = Modifier.fillMaxWidth())

/** Every screen: the quick-exit button (label from the core) above the content, scrollable. */
@Composable
fun Chrome(exit: String?, actions: WaymarkActions, content: @Composable ColumnScope.() -> Unit) {
    Surface(Modifier.fillMaxSize()) {
        // Edge to edge (targetSdk 35): keep clear of the system bars and the keyboard.
        Column(Modifier.fillMaxSize().safeDrawingPadding().imePadding().verticalScroll(rememberScrollState()).padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            if (exit != null) OutlinedButton(onClick = actions::quickExit) { T(exit) }
            LocalError.current?.let { T(it, MaterialTheme.typography.bodyMedium.copy(color = MaterialTheme.colorScheme.error)) }
            content()
        }
    }
}

@Composable
fun SetupView(s: SetupScreen, a: WaymarkActions) = Chrome(null, a) {
    var pin by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    Title(s.title); T(s.intro); s.translationNotice?.let { T(it) }
    PinField(s.pinLabel, pin) { pin = it }
    PinField(s.confirmLabel, again) { again = it }
    T(s.warning)
    Button(onClick = { a.setUp(pin, again) }) { T(s.submitLabel) }
}

@Composable
fun UnlockView(s: UnlockScreen, a: WaymarkActions) = Chrome(null, a) {
    var pin by remember { mutableStateOf("") }
    Title(s.title); T(s.prompt); s.translationNotice?.let { T(it) }
    PinField(s.pinLabel, pin) { pin = it }
    Button(onClick = { a.unlock(pin) }) { T(s.submitLabel) }
}

@Composable
fun HomeView(s: HomeScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.greeting); T(s.language); s.translationNotice?.let { T(it) }
    for (m in s.menu) TextButton(onClick = { a.open(m.destination) }) { T(m.label) }
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) { OutlinedButton(onClick = a::lock) { T(s.lockLabel) } }
}

@Composable
fun CalculatorView(s: CalculatorScreen, a: WaymarkActions) = Chrome(null, a) {
    // The calculator disguise: digits and operators are symbols, not words.
    T(s.expression); Title(s.display)
    fun d(n: Int): CalcKey = CalcKey.Digit(n.toUByte())
    val rows = listOf(
        listOf(d(7), d(8), d(9), CalcKey.Divide),
        listOf(d(4), d(5), d(6), CalcKey.Multiply),
        listOf(d(1), d(2), d(3), CalcKey.Subtract),
        listOf(CalcKey.Clear, d(0), CalcKey.Equals, CalcKey.Add),
    )
    for (r in rows) Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) { for (k in r) Button(onClick = { a.calculator(k) }) { T(symbol(k)) } }
}

private fun symbol(k: CalcKey): String = when (k) {
    is CalcKey.Digit -> k.value.toString()
    CalcKey.Add -> "+"; CalcKey.Subtract -> "−"; CalcKey.Multiply -> "×"; CalcKey.Divide -> "÷"; CalcKey.Equals -> "="
    CalcKey.Point -> "."; CalcKey.Backspace -> "⌫"; CalcKey.Clear -> "C"
}

@Composable
fun LessonsView(s: LessonListScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro); T(s.progressLabel)
    for (l in s.lessons) TextButton(onClick = { a.openLesson(l.id) }) { Column { T(l.title); T(l.quizLabel) } }
}

@Composable
fun LessonView(s: LessonScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.summary)
    for (sec in s.sections) { Heading(sec.title); T(sec.body) }
    s.quizStart?.let { Button(onClick = { a.startQuiz(s.id) }) { T(s.startQuizLabel) } }
}

@Composable
fun RedFlagsView(s: RedFlagScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var answers by remember { mutableStateOf(mapOf<String, Answer>()) }
    Title(s.title); T(s.intro)
    for (q in s.questions) {
        T(if (answers[q.id] == null) s.unansweredMark + " " + q.text else q.text)
        Row(horizontalArrangement = Arrangement.spacedBy(4.dp)) {
            for ((ans, label) in listOf(Answer.YES to s.yesLabel, Answer.NO to s.noLabel, Answer.UNSURE to s.unsureLabel)) {
                val chosen = answers[q.id] == ans
                if (chosen) Button(onClick = {}) { T(label) } else OutlinedButton(onClick = { answers = answers + (q.id to ans) }) { T(label) }
            }
        }
    }
    Button(onClick = { a.checkJobOffer(answers) }) { T(s.title) }
}

@Composable
fun RedFlagResultView(s: RedFlagResult, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); Heading(s.headline); T(s.nextSteps)
    Heading(s.foundLabel)
    for (r in s.reasons) T(r.line)
    s.findOutLabel?.let { Heading(it) }
    for (f in s.toFindOut) T(s.bullet + " " + f.text)
    Heading(s.hotlinesLabel)
    for (h in s.hotlines) { T(h.heading); for (n in h.actions) TextButton(onClick = { a.follow(n) }) { T(n.line) } }
}

@Composable
fun DirectoryView(s: DirectoryScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro)
    // Filters: the core's options; choosing the chosen one again clears it (the core then says "All").
    fun chosen(l: List<FilterOption>) = l.firstOrNull { it.selected }?.id
    fun pick(l: List<FilterOption>, i: Int) = if (l[i].selected) null else l[i].id
    val country = chosen(s.countries); val language = chosen(s.languages); val purpose = chosen(s.purposes)
    Heading(s.countryLabel + ": " + s.countryChoice)
    Choices(s.countries.map { it.label to it.selected }) { a.filterDirectory(pick(s.countries, it), language, purpose) }
    Heading(s.languageLabel + ": " + s.languageChoice)
    Choices(s.languages.map { it.label to it.selected }) { a.filterDirectory(country, pick(s.languages, it), purpose) }
    Heading(s.purposeLabel + ": " + s.purposeChoice)
    Choices(s.purposes.map { it.label to it.selected }) { a.filterDirectory(country, language, pick(s.purposes, it)) }
    s.emptyText?.let { T(it) }
    for (e in s.entries) {
        Heading(e.heading); T(e.numbersLabel)
        for (n in e.actions) TextButton(onClick = { a.follow(n) }) { T(n.line) }
    }
}

@Composable
fun TracesView(s: TracesScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro)
    for (i in s.items) T(i.text)
}

@Composable
fun SafetyView(s: SafetyScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    s.duress?.let { d -> Heading(d.title); T(d.explain); T(d.wipeLabel); TextButton(onClick = a::openDuress) { T(d.title) } }
    Heading(s.policyTitle); T(s.policyDelays); T(s.failuresLabel)
    TextButton(onClick = a::openWipeAfter) { T(s.wipeAfterLabel) }
    TextButton(onClick = a::openChangePin) { T(s.changePinLabel) }
    TextButton(onClick = { a.open(Destination.TRACES) }) { T(s.tracesLabel) }
    Heading(s.disguiseTitle); T(s.disguiseExplain)
    for (d in s.disguises) TextButton(onClick = { a.chooseDisguise(d.disguise) }) { T(d.mark + " " + d.name) }
    Heading(s.wipeTitle); T(s.wipeExplain)
    OutlinedButton(onClick = a::wipe) { T(s.wipeConfirmLabel) }
}

@Composable
fun ContactsView(s: ContactsScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); s.emptyText?.let { T(it) }
    for (c in s.contacts) TextButton(onClick = { a.openContact(c.id) }) { Column { T(c.name); T(c.phone); if (c.trusted) T(s.trustedLabel) } }
    Button(onClick = { a.openContact(null) }) { T(s.addLabel) }
}

@Composable
fun ConversationsView(s: ConversationsScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro)
    Heading(s.hotlinesTitle)
    for (h in s.hotlines) TextButton(onClick = { a.openConversationWith(h.id) }) { Column { T(h.name); T(h.about) } }
    Heading(s.conversationsTitle)
    if (s.conversations.isEmpty()) T(s.empty)
    for (c in s.conversations) TextButton(onClick = { a.openConversation(c.id) }) {
        Column { T(c.hotlineName); T(c.lastMessage); T(c.statusLabel, MaterialTheme.typography.bodySmall) }
    }
    if (s.outboxNote.isNotEmpty()) T(s.outboxNote)
}

@Composable
fun ConversationView(s: ConversationScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var draft by remember { mutableStateOf("") }
    Title(s.title); s.developmentNote?.let { T(it) }
    for (m in s.messages) {
        if (m.outgoing) T(s.youLabel)
        T(m.body); T(m.statusLabel, MaterialTheme.typography.bodySmall)
        if (m.canRetry) TextButton(onClick = { a.retry(s.id, m.id) }) { T(s.retryLabel) }
    }
    T(s.privacyNote)
    OutlinedTextField(draft, { draft = it }, label = { T(s.composeHint) },
        keyboardOptions = KeyboardOptions(autoCorrectEnabled = false), modifier = Modifier.fillMaxWidth())
    Button(onClick = { a.send(s.id, draft) }) { T(s.sendLabel) }
}

@Composable
private fun TextField(label: String, value: String, private: Boolean = false, onChange: (String) -> Unit) =
    if (private) OutlinedTextField(value, onChange, label = { T(label) }, singleLine = true,
        visualTransformation = PasswordVisualTransformation(),
        keyboardOptions = KeyboardOptions(autoCorrectEnabled = false, keyboardType = KeyboardType.Password), modifier = Modifier.fillMaxWidth())
    else OutlinedTextField(value, onChange, label = { T(label) }, singleLine = true,
        keyboardOptions = KeyboardOptions(autoCorrectEnabled = false), modifier = Modifier.fillMaxWidth())

@Composable
private fun Choices(items: List<Pair<String, Boolean>>, onPick: (Int) -> Unit) {
    items.forEachIndexed { i, (label, selected) ->
        if (selected) Button(onClick = { onPick(i) }) { T(label) } else OutlinedButton(onClick = { onPick(i) }) { T(label) }
    }
}

@Composable
fun QuizView(s: QuizQuestionScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    T(s.positionLabel); Heading(s.question)
    for (o in s.options) OutlinedButton(onClick = { a.answerQuiz(s.lessonId, s.questionId, o.id) }, enabled = s.feedback == null) { T(o.label + " " + o.text) }
    s.feedback?.let { f ->
        T(f.explanation)
        f.rightAnswer?.let { r -> Heading(r.line); T(r.explanation) }
        Button(onClick = { a.nextQuestion(s.lessonId, s.nextQuestion) }) { T(s.nextLabel) }
    }
}

@Composable
fun QuizResultView(s: QuizResultScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.result); Heading(s.reviewTitle)
    for (r in s.review) { T(r.question); T(r.chosenLine); T(r.rightAnswer.line) }
    Button(onClick = { a.retakeQuiz(s.lessonId) }) { T(s.retryLabel) }
}

@Composable
fun ChecklistView(s: ChecklistScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.chooseRouteLabel)
    for (r in s.routes) TextButton(onClick = { a.setRoute(r.id) }) { T(r.mark + " " + r.label) }
    T(s.routeLabel); T(s.progressLabel)
    for (st in s.stages) {
        Heading(st.heading); T(st.progressLabel)
        for (i in st.items) {
            TextButton(onClick = { a.checkItem(i.id, !i.checked) }) { T(i.mark + " " + i.title) }
            T(s.whyLabel + " " + i.why)
        }
    }
}

@Composable
fun SearchView(s: SearchScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title)
    TextField(s.prompt, s.query) { a.search(it) }
    s.countLabel?.let { T(it) }; s.emptyText?.let { T(it) }; s.fallbackText?.let { T(it) }
    for (r in s.results) TextButton(onClick = { a.openSearchResult(r.target) }) {
        Column { T(r.kindLabel); T(r.heading); T(r.snippet); r.englishLabel?.let { T(it) } }
    }
}

@Composable
fun ContactFormView(s: ContactForm, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var v by remember(s) { mutableStateOf(s.values) }
    Title(s.title)
    TextField(s.nameLabel, v.name) { v = v.copy(name = it) }
    TextField(s.phoneLabel, v.phone) { v = v.copy(phone = it) }; T(s.phoneHint)
    TextField(s.relationLabel, v.relation ?: "") { v = v.copy(relation = it.ifEmpty { null }) }
    TextField(s.noteLabel, v.note ?: "") { v = v.copy(note = it.ifEmpty { null }) }
    T(s.channelLabel)
    Choices(s.channels.map { it.label to (it.channel == v.channel) }) { v = v.copy(channel = s.channels[it].channel) }
    Choices(listOf(s.trustedLabel to v.trusted)) { v = v.copy(trusted = !v.trusted) }
    Button(onClick = { a.saveContact(s.id, v) }) { T(s.saveLabel) }
    s.removeLabel?.let { l -> s.id?.let { id -> OutlinedButton(onClick = { a.removeContact(id) }) { T(l) } } }
    TextButton(onClick = a::back) { T(s.cancelLabel) }
}

@Composable
fun SosView(s: SosScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.explain); T(s.warning)
    Button(onClick = a::sosReview) { T(s.sendLabel) }
    OutlinedButton(onClick = a::sosPractice) { T(s.practiceLabel) }
    TextButton(onClick = a::sosHistory) { T(s.historyLabel) }
}

@Composable
fun SosPlanView(s: SosPlan, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.warning); T(s.summary); s.practiceNotice?.let { T(it) }
    for (m in s.messages) {
        // Sent: each text goes to the messaging app, one tap per person.
        if (s.stage == SosStage.SENT) Button(onClick = { a.sosSend(m) }) { T(m.toLabel) } else Heading(m.toLabel)
        T(m.body)
    }
    s.confirmLabel?.let { Button(onClick = a::sosConfirm) { T(it) } }
    s.cancelLabel?.let { OutlinedButton(onClick = a::sosCancel) { T(it) } }
}

@Composable
fun SosHistoryView(s: SosHistoryScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); s.emptyText?.let { T(it) }
    for (e in s.entries) { T(s.bullet + " " + e.text); e.locationLabel?.let { T(it) } }
}

@Composable
fun BackupView(s: BackupScreen, t: Transfer, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var code by remember { mutableStateOf("") }
    Title(s.title); T(s.intro)
    if (t.working != null) {
        // Progress: the core's working label and its stop action.
        LinearProgressIndicator(Modifier.fillMaxWidth()); T(t.working)
        OutlinedButton(onClick = a::stopTransfer) { T(s.stopLabel) }
    } else {
        Button(onClick = { a.backup(!s.hasCode) }) { T(s.backupLabel) }
        if (s.hasCode) { OutlinedButton(onClick = { a.backup(true) }) { T(s.newCodeLabel) }; T(s.newCodeExplain) }
    }
    t.code?.let { Heading(s.codeTitle); Title(it); T(s.codeOnce) }
    t.summary?.let { T(it) }
    Heading(s.restoreTitle); T(s.restoreIntro)
    TextField(s.codeTitle, code, private = true) { code = it }
    OutlinedButton(onClick = { a.restore(code); code = "" }, enabled = t.working == null) { T(s.restoreTitle) }
}

@Composable
fun SettingsView(s: SettingsForm, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var lang by remember(s) { mutableStateOf(s.language) }
    var name by remember(s) { mutableStateOf(s.displayName) }
    var country by remember(s) { mutableStateOf(s.country) }
    Title(s.title)
    T(s.languageLabel)
    Choices(s.languages.map { it.label to (it.id == lang) }) { lang = s.languages[it].id }
    TextField(s.displayNameLabel, name) { name = it }; T(s.displayNameHint)
    T(s.countryLabel)
    Choices(listOf(s.countryNoneLabel to (country == null)) + s.countries.map { it.label to (it.id == country) }) {
        country = if (it == 0) null else s.countries[it - 1].id
    }
    Button(onClick = { a.saveSettings(lang, name, country) }) { T(s.saveLabel) }
    TextButton(onClick = a::back) { T(s.cancelLabel) }
}

@Composable
fun WipeAfterView(s: WipeAfterForm, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.explain); T(s.currentLabel)
    for (c in s.choices) TextButton(onClick = { a.setWipeAfter(c.count) }) { T(c.mark + " " + c.label) }
    T(s.hint)
    TextButton(onClick = a::back) { T(s.cancelLabel) }
}

@Composable
fun ChangePinView(s: ChangePinForm, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var cur by remember { mutableStateOf("") }
    var new by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    Title(s.title)
    PinField(s.currentLabel, cur) { cur = it }
    PinField(s.newLabel, new) { new = it }
    PinField(s.confirmLabel, again) { again = it }
    T(s.hint)
    Button(onClick = { a.changePin(cur, new, again) }) { T(s.submitLabel) }
    TextButton(onClick = a::back) { T(s.cancelLabel) }
}

@Composable
fun DuressView(s: DuressForm, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    var pin by remember { mutableStateOf("") }
    var duress by remember { mutableStateOf("") }
    var again by remember { mutableStateOf("") }
    var wipe by remember(s) { mutableStateOf(s.wipeOnUse) }
    Title(s.title); T(s.explain); T(s.stateLabel)
    PinField(s.pinLabel, pin) { pin = it }
    PinField(s.duressPinLabel, duress) { duress = it }
    PinField(s.confirmLabel, again) { again = it }
    T(s.hint)
    T(s.wipeLabel)
    Choices(listOf("${s.wipeOnMark} ${s.wipeOnLabel}" to wipe, "${s.wipeOffMark} ${s.wipeOffLabel}" to !wipe)) { wipe = it == 0 }
    T(s.wipeExplain)
    Button(onClick = { a.setDuressPin(pin, duress, again, wipe) }) { T(s.setLabel) }
    s.removeLabel?.let { OutlinedButton(onClick = { a.removeDuressPin(pin) }) { T(it) } }
    TextButton(onClick = a::back) { T(s.cancelLabel) }
}
