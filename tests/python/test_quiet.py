"""Quiet contact through the Python bindings against a real relay process
on 127.0.0.1: written while no server runs, delivered once when it starts,
read and answered by the operator commands, the reply shown on the device;
plus the platform-driven sync loop and a backup restored on a second
profile."""
import queue
import time
import urllib.request

import pytest
import waymark_ffi as wm
from waymark_test_support import PIN, profile, run


def test_offline_message_is_delivered_once_read_and_answered(tmp_path, relay):
    w = profile(tmp_path / "phone")
    hotlines = w.quiet_hotlines()
    assert [h.id for h in hotlines] == ["waymark-dev"]
    c = run(w.conversation_with("waymark-dev"))
    sent = run(w.send_message(c, "Help me please / ช่วยด้วย"))
    assert sent.status == wm.MessageStatus.QUEUED

    # No relay yet: nothing is lost, the engine backs off.
    report = run(w.sync_now(relay.url))
    assert report.sent == 0 and report.queued == 1 and report.network_errors >= 1

    relay.start()
    # The backoff is honoured: sync until the engine says nothing waits.
    deadline = time.monotonic() + 60
    while run(w.outbox_summary()).queued and time.monotonic() < deadline:
        report = run(w.sync_now(relay.url))
        if report.queued:
            time.sleep(min(report.next_attempt_in or 1, 5))  # the engine's own backoff
    assert run(w.outbox_summary()).sent == 1

    inbox = relay.operator("inbox")
    assert [m["body"] for m in inbox["messages"]] == ["Help me please / ช่วยด้วย"]
    message_id = inbox["messages"][0]["id"]
    # Delivered once: syncing again stores nothing new.
    run(w.sync_now(relay.url))
    assert len(relay.operator("inbox")["messages"]) == 1

    relay.operator("reply", "--to", message_id, stdin="We read you. Are you safe?")
    report = run(w.sync_now(relay.url))
    assert report.replies == 1
    screen = run(w.conversation_screen(c))
    assert [m.body for m in screen.messages] == [
        "Help me please / ช่วยด้วย",
        "We read you. Are you safe?",
    ]
    assert screen.messages[0].status == wm.MessageStatus.REPLIED
    assert screen.messages[1].outgoing is False


def test_platform_driver_with_python_http(tmp_path, relay):
    relay.start()
    w = profile(tmp_path / "phone")
    c = run(w.conversation_with("waymark-dev"))
    for i in range(3):
        run(w.send_message(c, f"message {i}"))
    w.lock()  # background sync runs while the app is locked
    paths = []
    while (task := run(w.next_sync_task())) is not None:
        req = urllib.request.Request(
            relay.url + task.path, data=bytes(task.body) or None, method=task.method
        )
        if task.content_type:
            req.add_header("Content-Type", task.content_type)
        if task.bearer:
            req.add_header("Authorization", "Bearer " + task.bearer)
        # Read no more than the endpoint allows (one byte more tells).
        limit = task.max_response_bytes
        assert 0 < limit <= 32 * 1024 * 1024
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                status, body, retry = r.status, r.read(limit + 1), r.headers.get("Retry-After")
        except urllib.error.HTTPError as e:
            status, body, retry = e.code, e.read(limit + 1), e.headers.get("Retry-After")
        except OSError:
            status, body, retry = None, None, None
        if status is None:
            outcome = wm.SyncOutcome.NETWORK_ERROR()
        elif len(body) > limit:
            outcome = wm.SyncOutcome.TOO_LARGE()
        else:
            outcome = wm.SyncOutcome.RESPONSE(
                # The header as it came: the core reads seconds or a date.
                status=status, retry_after=retry, body=body, pack_version=None
            )
        paths.append(task.path.split("?")[0])
        run(w.report_sync_result(task.id, outcome))
    assert paths[0] == "/v1/envelopes"
    # Locked, the summary shows nothing; the real profile sees the counts.
    assert run(w.outbox_summary()) == wm.OutboxSummary(queued=0, sent=0, delivered=0, needs_attention=0)
    run(w.unlock(PIN))
    assert run(w.outbox_summary()).sent == 3
    report = run(w.sync_report())
    assert report.refused_answers == 0 and report.waiting is None
    with pytest.raises(wm.ApiError.WrongState):
        run(w.report_sync_result(999, wm.SyncOutcome.CANCELLED()))


def test_backup_restores_on_another_phone(tmp_path, relay):
    relay.start()
    old = profile(tmp_path / "old")
    run(old.add_contact(
        wm.ContactInput(
            name="Aunt", phone="+66812345678", relation=None, note=None,
            channel=wm.Channel.SMS, trusted=True,
        )
    ))
    c = run(old.conversation_with("waymark-dev"))
    run(old.send_message(c, "before the backup"))
    backup = run(old.backup_to_relay(relay.url, False))
    code = backup.recovery_code
    assert code and len(code) == 29

    new = profile(tmp_path / "new")
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(new.restore_from_relay(relay.url, "0000-0000-0000-0000-0000-0000"))
    assert e.value.code == "wrong_recovery_code"
    with pytest.raises(wm.ApiError.InvalidInput) as e:
        run(new.restore_from_relay(relay.url, "not a code"))
    assert e.value.code == "invalid_input"
    assert run(new.contacts_screen()).contacts == []
    report = run(new.restore_from_relay(relay.url, code))
    assert (report.contacts, report.conversations, report.messages, report.requeued) == (1, 1, 1, 1)
    assert run(new.contacts_screen()).contacts[0].name == "Aunt"
    # The requeued message waits for a reachable relay; nothing is lost.
    report = run(new.sync_now("http://127.0.0.1:1"))
    assert report.network_errors >= 1 and report.queued == 1
    # ...and is not retried at once (backoff), even with the relay back.
    report = run(new.sync_now(relay.url))
    assert report.sent == 0 and report.queued == 1 and report.next_attempt_in >= 1
    # A relay address that would leak metadata in the clear is refused.
    with pytest.raises(wm.ApiError.InvalidInput):
        run(new.sync_now("http://relay.example.org"))


class Heard(wm.QuietObserver):
    """A Python observer: every change it hears goes on a queue."""

    def __init__(self):
        self.changes = queue.Queue()

    def changed(self, what):
        self.changes.put(what)

    def wait_for(self, want, timeout=30):
        """The changes heard up to and including `want` (fails after `timeout`)."""
        seen = []
        while True:
            change = self.changes.get(timeout=timeout)
            seen.append(change)
            if change == want:
                return seen


def test_a_python_observer_hears_send_delivery_and_reply_until_cancelled(tmp_path, relay):
    relay.start()
    w = profile(tmp_path / "phone")
    heard, other = Heard(), Heard()
    handle = w.observe(heard)
    other_handle = w.observe(other)
    c = run(w.conversation_with("waymark-dev"))
    run(w.send_message(c, "Are you there?"))
    assert heard.wait_for(wm.Change.OUTBOX())[0] == wm.Change.CONVERSATION(id=c)
    # The core says when to sync: now, with a message waiting.
    due = run(w.next_sync_at())
    assert due is not None and due <= time.time() + 1
    run(w.sync_now(relay.url))
    # Sent: the status changed.
    heard.wait_for(wm.Change.OUTBOX())
    message_id = relay.operator("inbox")["messages"][0]["id"]
    run(w.sync_now(relay.url))
    # Delivered: it changed again.
    heard.wait_for(wm.Change.OUTBOX())
    relay.operator("reply", "--to", message_id, stdin="Yes, we are here.")
    run(w.sync_now(relay.url))
    heard.wait_for(wm.Change.REPLY(conversation=c))
    # The change names the conversation; its screen has the reply.
    assert run(w.conversation_screen(c)).messages[-1].body == "Yes, we are here."

    other.wait_for(wm.Change.REPLY(conversation=c))
    handle.cancel()
    handle.cancel()  # again: nothing happens
    run(w.send_message(c, "after cancel"))
    # The other observer hears the new message; the cancelled one does not
    # (at most the end of the last run, left from before the cancel).
    other.wait_for(wm.Change.OUTBOX())
    late = []
    while not heard.changes.empty():
        late.append(heard.changes.get())
    assert all(change == wm.Change.SYNC() for change in late), late
    other_handle.cancel()
