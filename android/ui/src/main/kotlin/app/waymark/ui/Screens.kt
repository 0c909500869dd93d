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
import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.shape.RoundedCornerShape
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
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.compositionLocalOf
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.graphics.Outline
import androidx.compose.ui.graphics.Shape
import androidx.compose.ui.layout.boundsInRoot
import androidx.compose.ui.layout.onGloballyPositioned
import androidx.compose.ui.layout.positionInRoot
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.toSize
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
import app.waymark.core.SecretLostScreen
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
    fun sosAddLocation()
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
    fun startOver()
    fun restoreFromBackup()
    fun back()
}

/** The core's localized reason for the last failed action; every screen shows it. */
val LocalError = compositionLocalOf<String?> { null }

/** Every text drawn reports here when it does not fit its box; the render test fails on any entry. */
val LocalOverflow = compositionLocalOf<(String) -> Unit> { {} }

/**
 * One piece of core text; overflow is reported, never silently clipped:
 * text that does not fit its own box, a box cut sideways by a narrower
 * ancestor (compared with the part of it actually drawn), and a box whose
 * corners fall outside the shape of the button around it ([ClipCheck]).
 */
@Composable
fun T(text: String, style: TextStyle = MaterialTheme.typography.bodyMedium, modifier: Modifier = Modifier) {
    val report = LocalOverflow.current
    val clip = LocalClip.current
    val measured = Modifier.onGloballyPositioned { c ->
        val box = Rect(c.positionInRoot(), c.size.toSize())
        val drawn = c.boundsInRoot()
        // On screen (not scrolled away) but narrower than its box: cut at the left or right.
        if (drawn.height > 0f && drawn.width + 0.5f < box.width) report(text)
        clip?.text(text, box, report)
    }
    Text(text, modifier.then(measured), style = style, onTextLayout = { if (it.hasVisualOverflow) report(text) })
}

/** The button around a text, if any, for [T]'s check against its shape. */
val LocalClip = compositionLocalOf<ClipCheck?> { null }

/**
 * A button clips what it draws to its shape. Material's pill (a radius of
 * half the height) cuts the first and last glyphs of a label that wraps to
 * several lines, as Burmese and Khmer labels do; this checks that every
 * corner of each text box inside lies within the button's outline.
 */
class ClipCheck {
    private var outline: Outline? = null
    private var origin = Offset.Zero
    private val texts = HashMap<String, Rect>()
    private val reported = HashSet<String>()

    fun outline(o: Outline, at: Offset, report: (String) -> Unit) { outline = o; origin = at; verify(report) }
    fun text(t: String, box: Rect, report: (String) -> Unit) { texts[t] = box; verify(report) }

    private fun verify(report: (String) -> Unit) {
        val o = outline ?: return
        for ((t, box) in texts) {
            val b = box.translate(-origin)
            // One pixel in from each corner: antialiasing is not clipping.
            val corners = listOf(Offset(b.left + 1, b.top + 1), Offset(b.right - 1, b.top + 1), Offset(b.left + 1, b.bottom - 1), Offset(b.right - 1, b.bottom - 1))
            val inside = corners.all { p -> when (o) { is Outline.Rounded -> o.roundRect.contains(p); is Outline.Rectangle -> o.rect.contains(p); else -> true } }
            if (!inside && reported.add(t)) report(t)
        }
    }
}

/** Every button's shape: small corners, so a label that wraps keeps all its glyphs (see [ClipCheck]). */
val ButtonShape: Shape = RoundedCornerShape(8.dp)

enum class ButtonKind { Filled, Outlined, Plain }

/** A Material button of [kind] in [shape], whose texts [T] checks against that shape. */
@Composable
fun AppButton(onClick: () -> Unit, kind: ButtonKind, enabled: Boolean = true, shape: Shape = ButtonShape, content: @Composable RowScope.() -> Unit) {
    val check = remember { ClipCheck() }
    val report = LocalOverflow.current
    val density = LocalDensity.current
    val measured = Modifier.onGloballyPositioned { check.outline(shape.createOutline(it.size.toSize(), LayoutDirection.Ltr, density), it.positionInRoot(), report) }
    CompositionLocalProvider(LocalClip provides check) {
        when (kind) {
            ButtonKind.Filled -> Button(onClick, measured, enabled, shape = shape, content = content)
            ButtonKind.Outlined -> OutlinedButton(onClick, measured, enabled, shape = shape, content = content)
            ButtonKind.Plain -> TextButton(onClick, measured, enabled, shape = shape, content = content)
        }
    }
}

@Composable
fun FilledButton(onClick: () -> Unit, enabled: Boolean = true, content: @Composable RowScope.() -> Unit) = AppButton(onClick, ButtonKind.Filled, enabled, content = content)

@Composable
fun OutlineButton(onClick: () -> Unit, enabled: Boolean = true, content: @Composable RowScope.() -> Unit) = AppButton(onClick, ButtonKind.Outlined, enabled, content = content)

@Composable
fun PlainButton(onClick: () -> Unit, enabled: Boolean = true, content: @Composable RowScope.() -> Unit) = AppButton(onClick, ButtonKind.Plain, enabled, content = content)

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
            if (exit != null) OutlineButton(onClick = actions::quickExit) { T(exit) }
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
    FilledButton(onClick = { a.setUp(pin, again) }) { T(s.submitLabel) }
}

@Composable
fun UnlockView(s: UnlockScreen, a: WaymarkActions) = Chrome(null, a) {
    var pin by remember { mutableStateOf("") }
    Title(s.title); T(s.prompt); s.translationNotice?.let { T(it) }
    PinField(s.pinLabel, pin) { pin = it }
    FilledButton(onClick = { a.unlock(pin) }) { T(s.submitLabel) }
}

@Composable
fun HomeView(s: HomeScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.greeting); T(s.language); s.translationNotice?.let { T(it) }
    for (m in s.menu) PlainButton(onClick = { a.open(m.destination) }) { T(m.label) }
    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) { OutlineButton(onClick = a::lock) { T(s.lockLabel) } }
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
    for (r in rows) Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) { for (k in r) FilledButton(onClick = { a.calculator(k) }) { T(symbol(k)) } }
}

private fun symbol(k: CalcKey): String = when (k) {
    is CalcKey.Digit -> k.value.toString()
    CalcKey.Add -> "+"; CalcKey.Subtract -> "−"; CalcKey.Multiply -> "×"; CalcKey.Divide -> "÷"; CalcKey.Equals -> "="
    CalcKey.Point -> "."; CalcKey.Backspace -> "⌫"; CalcKey.Clear -> "C"
}

@Composable
fun LessonsView(s: LessonListScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro); T(s.progressLabel)
    for (l in s.lessons) PlainButton(onClick = { a.openLesson(l.id) }) { Column { T(l.title); T(l.quizLabel) } }
}

@Composable
fun LessonView(s: LessonScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.summary)
    for (sec in s.sections) { Heading(sec.title); T(sec.body) }
    s.quizStart?.let { FilledButton(onClick = { a.startQuiz(s.id) }) { T(s.startQuizLabel) } }
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
                if (chosen) FilledButton(onClick = {}) { T(label) } else OutlineButton(onClick = { answers = answers + (q.id to ans) }) { T(label) }
            }
        }
    }
    FilledButton(onClick = { a.checkJobOffer(answers) }) { T(s.title) }
}

@Composable
fun RedFlagResultView(s: RedFlagResult, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); Heading(s.headline); T(s.nextSteps)
    Heading(s.foundLabel)
    for (r in s.reasons) T(r.line)
    s.findOutLabel?.let { Heading(it) }
    for (f in s.toFindOut) T(s.bullet + " " + f.text)
    Heading(s.hotlinesLabel)
    for (h in s.hotlines) { T(h.heading); for (n in h.actions) PlainButton(onClick = { a.follow(n) }) { T(n.line) } }
}

@Composable
fun DirectoryView(s: DirectoryScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro)
    // Filters: the core's options; choosing the chosen one again clears it (the core then says "All").
    fun chosen(l: List<FilterOption>) = l.firstOrNull { it.selected }?.id
    fun pick(l: List<FilterOption>, i: Int) = if (l[i].selected) null else l[i].id
    val country = chosen(s.countries); val language = chosen(s.languages); val purpose = chosen(s.purposes)
    Heading(s.countryHeading)
    Choices(s.countries.map { it.label to it.selected }) { a.filterDirectory(pick(s.countries, it), language, purpose) }
    Heading(s.languageHeading)
    Choices(s.languages.map { it.label to it.selected }) { a.filterDirectory(country, pick(s.languages, it), purpose) }
    Heading(s.purposeHeading)
    Choices(s.purposes.map { it.label to it.selected }) { a.filterDirectory(country, language, pick(s.purposes, it)) }
    s.emptyText?.let { T(it) }
    for (e in s.entries) {
        Heading(e.heading); T(e.numbersLabel)
        for (n in e.actions) PlainButton(onClick = { a.follow(n) }) { T(n.line) }
    }
}

@Composable
fun TracesView(s: TracesScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro)
    for (i in s.items) T(i.text)
}

@Composable
fun SafetyView(s: SafetyScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    s.duress?.let { d -> Heading(d.title); T(d.explain); T(d.wipeLabel); PlainButton(onClick = a::openDuress) { T(d.title) } }
    Heading(s.policyTitle); T(s.policyDelays); T(s.failuresLabel)
    PlainButton(onClick = a::openWipeAfter) { T(s.wipeAfterLabel) }
    PlainButton(onClick = a::openChangePin) { T(s.changePinLabel) }
    PlainButton(onClick = { a.open(Destination.TRACES) }) { T(s.tracesLabel) }
    Heading(s.disguiseTitle); T(s.disguiseExplain)
    for (d in s.disguises) PlainButton(onClick = { a.chooseDisguise(d.disguise) }) { T(d.mark + " " + d.name) }
    Heading(s.wipeTitle); T(s.wipeExplain)
    OutlineButton(onClick = a::wipe) { T(s.wipeConfirmLabel) }
}

@Composable
fun ContactsView(s: ContactsScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); s.emptyText?.let { T(it) }
    for (c in s.contacts) PlainButton(onClick = { a.openContact(c.id) }) { Column { T(c.name); T(c.phone); if (c.trusted) T(s.trustedLabel) } }
    FilledButton(onClick = { a.openContact(null) }) { T(s.addLabel) }
}

@Composable
fun ConversationsView(s: ConversationsScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.intro)
    Heading(s.hotlinesTitle)
    for (h in s.hotlines) PlainButton(onClick = { a.openConversationWith(h.id) }) { Column { T(h.name); T(h.about) } }
    Heading(s.conversationsTitle)
    if (s.conversations.isEmpty()) T(s.empty)
    for (c in s.conversations) PlainButton(onClick = { a.openConversation(c.id) }) {
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
        if (m.canRetry) PlainButton(onClick = { a.retry(s.id, m.id) }) { T(s.retryLabel) }
    }
    T(s.privacyNote)
    OutlinedTextField(draft, { draft = it }, label = { T(s.composeHint) },
        keyboardOptions = KeyboardOptions(autoCorrectEnabled = false), modifier = Modifier.fillMaxWidth())
    FilledButton(onClick = { a.send(s.id, draft) }) { T(s.sendLabel) }
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
        if (selected) FilledButton(onClick = { onPick(i) }) { T(label) } else OutlineButton(onClick = { onPick(i) }) { T(label) }
    }
}

@Composable
fun QuizView(s: QuizQuestionScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    T(s.positionLabel); Heading(s.question)
    for (o in s.options) OutlineButton(onClick = { a.answerQuiz(s.lessonId, s.questionId, o.id) }, enabled = s.feedback == null) { T(o.label + " " + o.text) }
    s.feedback?.let { f ->
        T(f.explanation)
        f.rightAnswer?.let { r -> Heading(r.line); T(r.explanation) }
        FilledButton(onClick = { a.nextQuestion(s.lessonId, s.nextQuestion) }) { T(s.nextLabel) }
    }
}

@Composable
fun QuizResultView(s: QuizResultScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.result); Heading(s.reviewTitle)
    for (r in s.review) { T(r.question); T(r.chosenLine); T(r.rightAnswer.line) }
    FilledButton(onClick = { a.retakeQuiz(s.lessonId) }) { T(s.retryLabel) }
}

@Composable
fun ChecklistView(s: ChecklistScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.chooseRouteLabel)
    for (r in s.routes) PlainButton(onClick = { a.setRoute(r.id) }) { T(r.mark + " " + r.label) }
    T(s.routeLabel); T(s.progressLabel)
    for (st in s.stages) {
        Heading(st.heading); T(st.progressLabel)
        for (i in st.items) {
            PlainButton(onClick = { a.checkItem(i.id, !i.checked) }) { T(i.mark + " " + i.title) }
            T(s.whyLabel + " " + i.why)
        }
    }
}

@Composable
fun SearchView(s: SearchScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title)
    TextField(s.prompt, s.query) { a.search(it) }
    s.countLabel?.let { T(it) }; s.emptyText?.let { T(it) }; s.fallbackText?.let { T(it) }
    for (r in s.results) PlainButton(onClick = { a.openSearchResult(r.target) }) {
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
    FilledButton(onClick = { a.saveContact(s.id, v) }) { T(s.saveLabel) }
    s.removeLabel?.let { l -> s.id?.let { id -> OutlineButton(onClick = { a.removeContact(id) }) { T(l) } } }
    PlainButton(onClick = a::back) { T(s.cancelLabel) }
}

@Composable
fun SosView(s: SosScreen, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.explain); T(s.warning)
    FilledButton(onClick = a::sosReview) { T(s.sendLabel) }
    OutlineButton(onClick = a::sosPractice) { T(s.practiceLabel) }
    PlainButton(onClick = a::sosHistory) { T(s.historyLabel) }
}

@Composable
fun SosPlanView(s: SosPlan, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.warning); T(s.summary); s.practiceNotice?.let { T(it) }
    for (m in s.messages) {
        // Sent: each text goes to the messaging app, one tap per person.
        if (s.stage == SosStage.SENT) FilledButton(onClick = { a.sosSend(m) }) { T(m.toLabel) } else Heading(m.toLabel)
        T(m.body)
    }
    // The position only if the person asks for it now; the core says whether it went in.
    s.locationNote?.let { T(it) }
    s.addLocationLabel?.let { OutlineButton(onClick = a::sosAddLocation) { T(it) }; s.addLocationExplain?.let { e -> T(e) } }
    s.confirmLabel?.let { FilledButton(onClick = a::sosConfirm) { T(it) } }
    s.cancelLabel?.let { OutlineButton(onClick = a::sosCancel) { T(it) } }
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
        OutlineButton(onClick = a::stopTransfer) { T(s.stopLabel) }
    } else {
        FilledButton(onClick = { a.backup(!s.hasCode) }) { T(s.backupLabel) }
        if (s.hasCode) { OutlineButton(onClick = { a.backup(true) }) { T(s.newCodeLabel) }; T(s.newCodeExplain) }
    }
    t.code?.let { Heading(s.codeTitle); Title(it); T(s.codeOnce) }
    t.summary?.let { T(it) }
    Heading(s.restoreTitle); T(s.restoreIntro)
    TextField(s.codeTitle, code, private = true) { code = it }
    OutlineButton(onClick = { a.restore(code); code = "" }, enabled = t.working == null) { T(s.restoreTitle) }
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
    FilledButton(onClick = { a.saveSettings(lang, name, country) }) { T(s.saveLabel) }
    PlainButton(onClick = a::back) { T(s.cancelLabel) }
}

@Composable
fun WipeAfterView(s: WipeAfterForm, exit: String, a: WaymarkActions) = Chrome(exit, a) {
    Title(s.title); T(s.explain); T(s.currentLabel)
    for (c in s.choices) PlainButton(onClick = { a.setWipeAfter(c.count) }) { T(c.mark + " " + c.label) }
    T(s.hint)
    PlainButton(onClick = a::back) { T(s.cancelLabel) }
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
    FilledButton(onClick = { a.changePin(cur, new, again) }) { T(s.submitLabel) }
    PlainButton(onClick = a::back) { T(s.cancelLabel) }
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
    FilledButton(onClick = { a.setDuressPin(pin, duress, again, wipe) }) { T(s.setLabel) }
    s.removeLabel?.let { OutlineButton(onClick = { a.removeDuressPin(pin) }) { T(it) } }
    PlainButton(onClick = a::back) { T(s.cancelLabel) }
}

/** The key store lost its key: what happened, calmly, and the two ways on. Nothing of any profile. */
@Composable
fun SecretLostView(s: SecretLostScreen, a: WaymarkActions) = Chrome(null, a) {
    Title(s.title); T(s.explain)
    FilledButton(onClick = a::startOver) { T(s.startOverLabel) }; T(s.startOverExplain)
    OutlineButton(onClick = a::restoreFromBackup) { T(s.restoreLabel) }; T(s.restoreExplain)
}
