package app.waymark.android

import android.content.Intent
import android.net.Uri
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.Button
import androidx.compose.material3.Checkbox
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.produceState
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalContext
import androidx.compose.ui.unit.dp
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.ui.text.style.TextOverflow
import kotlinx.coroutines.flow.filter

/**
 * Content screens: each draws one core screen model and sends the person's
 * choice back to the core. Navigation is a plain string route in the model.
 */
@Composable
fun ContentView(route: String, model: WaymarkModel) {
    val core = model.core
    when {
        route == "lessons" -> {
            val s = core.lessonsScreen()
            LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                item { Text(s.title, style = MaterialTheme.typography.headlineSmall); Text(s.intro); Text(s.progressLabel) }
                items(s.lessons) { l ->
                    TextButton(onClick = { model.open("lesson/${l.id}") }) {
                        Column { Text(l.title); Text(l.quizLabel, style = MaterialTheme.typography.bodySmall) }
                    }
                }
            }
        }
        route.startsWith("lesson/") -> {
            val s = core.lessonScreen(route.removePrefix("lesson/"))
            LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                item { Text(s.title, style = MaterialTheme.typography.headlineSmall); Text(s.summary) }
                items(s.sections) { sec -> Text(sec.title, style = MaterialTheme.typography.titleMedium); Text(sec.body) }
                item { Button(onClick = { model.open("quiz/${s.id}/${s.quizStart}") }) { Text(s.startQuizLabel) } }
            }
        }
        route.startsWith("quiz/") -> {
            val (_, lesson, question) = route.split("/")
            var q by remember(route) { mutableStateOf(core.quizQuestion(lesson, question)) }
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Text(q.positionLabel)
                Text(q.question, style = MaterialTheme.typography.titleMedium)
                for (o in q.options) {
                    Button(onClick = { model.answer(lesson, q.questionId, o.id) { q = it } }, enabled = q.feedback == null) { Text(o.text) }
                }
                q.feedback?.let { f ->
                    // The explanation opens with its own verdict ("Right." / "Not quite.").
                    Text(f.explanation, color = if (f.correct) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.error)
                    f.rightAnswer?.let { r ->
                        Text(r.line, style = MaterialTheme.typography.titleSmall)
                        Text(r.explanation)
                    }
                    Button(onClick = { model.open(q.nextQuestion?.let { "quiz/$lesson/$it" } ?: "lesson/$lesson") }) { Text(q.nextLabel) }
                }
            }
        }
        route == "checklists" -> {
            var s by remember { mutableStateOf(core.checklistScreen()) }
            LazyColumn(Modifier.padding(16.dp)) {
                item {
                    Text(s.title, style = MaterialTheme.typography.headlineSmall)
                    Text(s.chooseRouteLabel)
                    for (r in s.routes) {
                        TextButton(onClick = { model.setRoute(r.id) { s = it } }) { Text("${r.mark} ${r.label}") }
                    }
                }
                for (stage in s.stages) {
                    item { Text(stage.heading, style = MaterialTheme.typography.titleMedium) }
                    items(stage.items) { i ->
                        Row {
                            Checkbox(checked = i.checked, onCheckedChange = { c -> model.check(i.id, c) { s = it } })
                            Column { Text(i.title); Text(i.why, style = MaterialTheme.typography.bodySmall) }
                        }
                    }
                }
            }
        }
        route == "directory" -> {
            val s = core.directoryScreen(null, null, null)
            val context = LocalContext.current
            LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(12.dp)) {
                item { Text(s.title, style = MaterialTheme.typography.headlineSmall); Text(s.intro) }
                items(s.entries) { e ->
                    Column {
                        Text(e.heading, style = MaterialTheme.typography.titleMedium)
                        Text(e.purposesLabel)
                        e.hoursLabel?.let { Text(it) }
                        Text(e.languagesLabel, style = MaterialTheme.typography.bodySmall)
                        Text(e.provenanceLabel, style = MaterialTheme.typography.bodySmall)
                        for (a in e.actions) {
                            // ACTION_DIAL opens the dialer without calling: the person decides.
                            Button(onClick = { Links.open(context, a.kind, a.uri) }) { Text(a.line) }
                        }
                    }
                }
            }
        }
        route == "search" -> {
            var query by remember { mutableStateOf("") }
            val s = core.search(query)
            Column(Modifier.padding(16.dp)) {
                OutlinedTextField(value = query, onValueChange = { query = it }, label = { Text(s.prompt) })
                s.countLabel?.let { Text(it) }
                s.emptyText?.let { Text(it) }
                s.fallbackText?.let { Text(it) }
                for (r in s.results) {
                    // A result opens the screen its target names (this app has
                    // no job-offer check screen yet, so those only show).
                    val next: String? = when (val t = r.target) {
                        is app.waymark.core.SearchTarget.Lesson -> "lesson/${t.lesson}"
                        is app.waymark.core.SearchTarget.ChecklistItem -> "checklists"
                        is app.waymark.core.SearchTarget.Redflag -> null
                        is app.waymark.core.SearchTarget.Directory -> "directory"
                    }
                    TextButton(onClick = { next?.let { model.open(it) } }, enabled = next != null) {
                        Column {
                            Text(r.heading)
                            Text(r.snippet, style = MaterialTheme.typography.bodySmall)
                        }
                    }
                }
            }
        }
        route == "traces" -> {
            val s = core.tracesScreen()
            LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                item { Text(s.title, style = MaterialTheme.typography.headlineSmall); Text(s.intro) }
                items(s.items) { Text("• ${it.text}") }
            }
        }
        route == "contacts" -> produceState<app.waymark.core.ContactsScreen?>(null) { value = runCatching { core.contactsScreen() }.getOrNull() }.value?.let { s ->
            LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                item { Text(s.title, style = MaterialTheme.typography.headlineSmall); s.emptyText?.let { Text(it) } }
                items(s.contacts) { c -> Text(c.name + (if (c.trusted) " · ${s.trustedLabel}" else "")); Text(c.phone) }
            }
        }
        route == "sos" -> {
            val context = LocalContext.current
            var plan by remember { mutableStateOf<app.waymark.core.SosPlan?>(null) }
            var error by remember { mutableStateOf<String?>(null) }
            val intro = core.sosScreen()
            Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                Text(intro.title, style = MaterialTheme.typography.headlineSmall)
                Text(intro.explain)
                Text(intro.warning, color = MaterialTheme.colorScheme.error)
                val show: (app.waymark.core.SosPlan?) -> Unit = { plan = it }
                if (plan == null) {
                    Button(onClick = { model.sos(WaymarkModel.SosStep.REVIEW, show, { error = it }) }) { Text(intro.sendLabel) }
                    TextButton(onClick = { model.sos(WaymarkModel.SosStep.PRACTICE, show, { error = it }) }) { Text(intro.practiceLabel) }
                }
                error?.let { Text(it, color = MaterialTheme.colorScheme.error) }
                plan?.let { p ->
                    Text(p.title, style = MaterialTheme.typography.headlineSmall)
                    Text(p.warning, color = MaterialTheme.colorScheme.error)
                    Text(p.summary)
                    p.practiceNotice?.let { Text(it) }
                    for (m in p.messages) {
                        Text(m.toLabel, style = MaterialTheme.typography.titleSmall)
                        Text(m.body, style = MaterialTheme.typography.bodySmall)
                        // Only a confirmed SOS is handed to the SMS app.
                        if (p.stage == app.waymark.core.SosStage.SENT) {
                            // The SMS app opens with the text filled in; the person presses send.
                            Button(onClick = {
                                context.startActivity(Intent(Intent.ACTION_SENDTO, Uri.parse("smsto:${m.recipient}")).putExtra("sms_body", m.body))
                            }) { Text(m.recipient) }
                        }
                    }
                    p.confirmLabel?.let { label ->
                        Button(onClick = { model.sos(WaymarkModel.SosStep.CONFIRM, show, { error = it }) }) { Text(label) }
                    }
                    p.cancelLabel?.let { label ->
                        TextButton(onClick = { model.sos(WaymarkModel.SosStep.CANCEL, show, { error = it }) }) { Text(label) }
                    }
                }
            }
        }
        route == "safety" -> produceState<app.waymark.core.SafetyScreen?>(null) { value = runCatching { core.safetyScreen() }.getOrNull() }.value?.let { s ->
            LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
                item {
                    s.duress?.let { d -> Text(d.title, style = MaterialTheme.typography.titleMedium); Text(d.explain); Text(d.wipeLabel) }
                    Text(s.policyTitle, style = MaterialTheme.typography.titleMedium); Text(s.policyDelays); Text(s.wipeAfterLabel)
                    Text(s.disguiseTitle, style = MaterialTheme.typography.titleMedium); Text(s.disguiseExplain)
                }
                items(s.disguises) { d -> TextButton(onClick = { model.setDisguise(d.disguise) { model.open("safety") } }) { Text((if (d.selected) "● " else "○ ") + d.name) } }
                item {
                    Text(s.wipeTitle, style = MaterialTheme.typography.titleMedium); Text(s.wipeExplain)
                    Button(onClick = { model.wipe() }) { Text(s.wipeConfirmLabel) }
                }
            }
        }
        route == "quiet" -> QuietView(model)
        route.startsWith("conversation/") -> ConversationView(route.removePrefix("conversation/").toLong(), model)
        else -> Text(route)
    }
}

/** Quiet contact: hotlines to write to, conversations so far, and what waits to be sent. */
@Composable
private fun QuietView(model: WaymarkModel) {
    val core = model.core
    var screen by remember { mutableStateOf<app.waymark.core.ConversationsScreen?>(null) }
    var error by remember { mutableStateOf<String?>(null) }
    // Drawn again when the core says something changed (a status, a
    // reply, a sync), not on a timer.
    LaunchedEffect(Unit) {
        runCatching { core.conversationsScreen() }.onSuccess { screen = it }
        core.changes().collect { runCatching { core.conversationsScreen() }.onSuccess { screen = it } }
    }
    val s = screen ?: return
    LazyColumn(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        item {
            Text(s.title, style = MaterialTheme.typography.headlineSmall)
            Text(s.intro)
            Text(s.hotlinesTitle, style = MaterialTheme.typography.titleMedium)
        }
        items(s.hotlines) { h ->
            TextButton(onClick = { model.write(h.id) { error = it } }) {
                Column { Text(h.name); Text(h.about, style = MaterialTheme.typography.bodySmall) }
            }
        }
        item {
            error?.let { Text(it, color = MaterialTheme.colorScheme.error) }
            Text(s.conversationsTitle, style = MaterialTheme.typography.titleMedium)
            if (s.conversations.isEmpty()) Text(s.empty)
        }
        items(s.conversations) { c ->
            TextButton(onClick = { model.open("conversation/${c.id}") }) {
                Column {
                    Text(c.hotlineName)
                    Text(c.lastMessage, maxLines = 2, overflow = TextOverflow.Ellipsis)
                    if (c.statusLabel.isNotEmpty()) Text(c.statusLabel, style = MaterialTheme.typography.bodySmall)
                }
            }
        }
        item { if (s.outboxNote.isNotEmpty()) Text(s.outboxNote, style = MaterialTheme.typography.bodySmall) }
    }
}

/** One conversation: messages with their status, and a field to write the next one. */
@Composable
private fun ConversationView(id: Long, model: WaymarkModel) {
    val core = model.core
    var screen by remember(id) { mutableStateOf<app.waymark.core.ConversationScreen?>(null) }
    var draft by remember(id) { mutableStateOf("") }
    var error by remember(id) { mutableStateOf<String?>(null) }
    LaunchedEffect(id) {
        runCatching { core.conversationScreen(id) }.onSuccess { screen = it }
        core.changes().filter { it.concerns(id) }.collect {
            runCatching { core.conversationScreen(id) }.onSuccess { screen = it }
        }
    }
    val s = screen ?: return
    Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        Text(s.title, style = MaterialTheme.typography.headlineSmall)
        s.developmentNote?.let { Text(it, color = MaterialTheme.colorScheme.error) }
        LazyColumn(Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            items(s.messages) { m ->
                Column(
                    Modifier.fillMaxWidth(),
                    horizontalAlignment = if (m.outgoing) Alignment.End else Alignment.Start,
                ) {
                    Text(m.body)
                    if (m.canRetry) {
                        // The status label says what went wrong and what to do.
                        TextButton(onClick = { model.retry(s.id, m.id, { screen = it; error = null }, { error = it }) }) {
                            Text(m.statusLabel, color = MaterialTheme.colorScheme.error)
                        }
                    } else if (m.outgoing && m.statusLabel.isNotEmpty()) {
                        Text(m.statusLabel, style = MaterialTheme.typography.bodySmall)
                    }
                }
            }
        }
        Text(s.privacyNote, style = MaterialTheme.typography.bodySmall)
        error?.let { Text(it, color = MaterialTheme.colorScheme.error) }
        OutlinedTextField(
            value = draft,
            onValueChange = { draft = it },
            label = { Text(s.composeHint) },
            modifier = Modifier.fillMaxWidth(),
        )
        Button(
            onClick = { model.send(s.id, draft, { screen = it; draft = ""; error = null }, { error = it }) },
            enabled = draft.isNotBlank(),
        ) { Text(s.sendLabel) }
    }
}
