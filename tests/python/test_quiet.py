"""Quiet contact through the Python bindings against a real relay process
on 127.0.0.1: written while no server runs, delivered once when it starts,
read and answered by the operator commands, the reply shown on the device;
plus the platform-driven sync loop and a backup restored on a second
profile."""
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
    while w.outbox_summary().queued and time.monotonic() < deadline:
        report = run(w.sync_now(relay.url))
        if report.queued:
            time.sleep(min(report.next_attempt_in or 1, 5))  # the engine's own backoff
    assert w.outbox_summary().sent == 1

    inbox = relay.operator("inbox")
    assert [m["body"] for m in inbox["messages"]] == ["Help me please / ช่วยด้วย"]
    message_id = inbox["messages"][0]["id"]
    # Delivered once: syncing again stores nothing new.
    run(w.sync_now(relay.url))
    assert len(relay.operator("inbox")["messages"]) == 1

    relay.operator("reply", "--to", message_id, stdin="We read you. Are you safe?")
    report = run(w.sync_now(relay.url))
    assert report.replies == 1
    screen = w.conversation_screen(c)
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
    while (task := w.next_sync_task()) is not None:
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
                status, body = r.status, r.read(limit + 1)
        except urllib.error.HTTPError as e:
            status, body = e.code, e.read(limit + 1)
        except OSError:
            status, body = None, None
        if status is None:
            outcome = wm.SyncOutcome.NETWORK_ERROR()
        elif len(body) > limit:
            outcome = wm.SyncOutcome.TOO_LARGE()
        else:
            outcome = wm.SyncOutcome.RESPONSE(
                status=status, retry_after_secs=None, body=body, pack_version=None
            )
        paths.append(task.path.split("?")[0])
        w.report_sync_result(task.id, outcome)
    assert paths[0] == "/v1/envelopes"
    # Locked, the summary shows nothing; the real profile sees the counts.
    assert w.outbox_summary() == wm.OutboxSummary(queued=0, sent=0, delivered=0, needs_attention=0)
    run(w.unlock(PIN))
    assert w.outbox_summary().sent == 3
    report = w.sync_report()
    assert report.refused_answers == 0 and report.waiting is None
    with pytest.raises(wm.ApiError.WrongState):
        w.report_sync_result(999, wm.SyncOutcome.CANCELLED())


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
    assert new.contacts_screen().contacts == []
    report = run(new.restore_from_relay(relay.url, code))
    assert (report.contacts, report.conversations, report.messages, report.requeued) == (1, 1, 1, 1)
    assert new.contacts_screen().contacts[0].name == "Aunt"
    # The requeued message waits for a reachable relay; nothing is lost.
    report = run(new.sync_now("http://127.0.0.1:1"))
    assert report.network_errors >= 1 and report.queued == 1
    # ...and is not retried at once (backoff), even with the relay back.
    report = run(new.sync_now(relay.url))
    assert report.sent == 0 and report.queued == 1 and report.next_attempt_in >= 1
    # A relay address that would leak metadata in the clear is refused.
    with pytest.raises(wm.ApiError.InvalidInput):
        run(new.sync_now("http://relay.example.org"))
