//! The storage layer directly, against SQLite and (when
//! `WAYMARK_TEST_POSTGRES_URL` is set) PostgreSQL: both backends must
//! behave the same.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use waymark_protocol::api::RelayStatus;
use waymark_protocol::envelope;
use waymark_server::Store;
use waymark_server::store::{BackupPut, PackPut};

fn header_of(bytes: &[u8]) -> envelope::Header {
    envelope::header(bytes).unwrap()
}

#[tokio::test]
async fn envelopes_statuses_and_pages() {
    for db in databases().await {
        let store = Store::open(&db.url).await.unwrap();
        // Opening again (a second process, a restart) is harmless.
        let again = Store::open(&db.url).await.unwrap();
        let hotline = Hotline::new();
        let (id1, e1) = sealed_bytes(&hotline.pk, b"one");
        let (id2, e2) = sealed_bytes(&hotline.pk, b"two");
        let (id3, e3) = sealed_bytes(&Hotline::new().pk, b"elsewhere");
        let rows = vec![
            (header_of(&e1), e1.clone()),
            (header_of(&e2), e2.clone()),
            (header_of(&e1), e1.clone()),
            (header_of(&e3), e3.clone()),
        ];
        let stored = store.insert_envelopes(rows).await.unwrap();
        assert_eq!(stored, [true, true, false, true], "{}", db.label);
        let stored = again
            .insert_envelopes(vec![(header_of(&e2), e2.clone())])
            .await
            .unwrap();
        assert_eq!(stored, [false]);
        let unknown = random::<16>();
        assert_eq!(
            store.statuses(vec![id1, unknown, id2, id3]).await.unwrap(),
            [
                RelayStatus::Stored,
                RelayStatus::Unknown,
                RelayStatus::Stored,
                RelayStatus::Stored
            ]
        );
        let key = envelope::key_id(&hotline.pk);
        let peek = store.inbox_page(key, 0, 10, false).await.unwrap();
        assert_eq!(peek.len(), 2);
        assert_eq!(
            store.statuses(vec![id1]).await.unwrap(),
            [RelayStatus::Stored]
        );
        let first = store.inbox_page(key, 0, 1, true).await.unwrap();
        assert_eq!((first.len(), first[0].id.as_slice()), (1, &id1[..]));
        assert_eq!(first[0].body, e1);
        assert_eq!(
            store.statuses(vec![id1, id2, id3]).await.unwrap(),
            [
                RelayStatus::Fetched,
                RelayStatus::Stored,
                RelayStatus::Stored
            ]
        );
        let rest = store.inbox_page(key, first[0].seq, 10, true).await.unwrap();
        assert_eq!(rest.len(), 1);
        assert!(rest[0].seq > first[0].seq);
        assert_eq!(
            store.statuses(vec![id2]).await.unwrap(),
            [RelayStatus::Fetched]
        );
        assert!(
            store
                .inbox_page(key, rest[0].seq, 10, true)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(store.envelope(id2).await.unwrap(), Some(e2));
        assert_eq!(store.envelope(unknown).await.unwrap(), None);
    }
}

#[tokio::test]
async fn mailboxes_backups_and_packs() {
    for db in databases().await {
        let store = Store::open(&db.url).await.unwrap();
        let convo = Conversation::new();
        let mailbox = random::<16>();
        let (_, r1) = sealed_bytes(&convo.reply_pk, b"r1");
        let (_, r2) = sealed_bytes(&convo.reply_pk, b"r2");
        let rows = vec![(header_of(&r1), r1.clone()), (header_of(&r2), r2.clone())];
        assert_eq!(
            store.insert_mailbox(mailbox, rows.clone()).await.unwrap(),
            [true, true]
        );
        assert_eq!(
            store.insert_mailbox(mailbox, rows).await.unwrap(),
            [false, false]
        );
        let page = store.mailbox_page(mailbox, 0, 10).await.unwrap();
        assert_eq!(page.iter().map(|r| &r.body).collect::<Vec<_>>(), [&r1, &r2]);
        assert!(
            store
                .mailbox_page(random(), 0, 10)
                .await
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            store
                .mailbox_page(mailbox, page[0].seq, 10)
                .await
                .unwrap()
                .len(),
            1
        );

        let id = random::<16>();
        let (a, b) = ([1u8; 32], [2u8; 32]);
        assert_eq!(store.backup(id).await.unwrap(), None);
        assert_eq!(
            store.put_backup(id, a, b"v1".to_vec()).await.unwrap(),
            BackupPut::Stored
        );
        assert_eq!(
            store.put_backup(id, b, b"evil".to_vec()).await.unwrap(),
            BackupPut::Forbidden
        );
        assert_eq!(store.backup(id).await.unwrap().as_deref(), Some(&b"v1"[..]));
        assert_eq!(
            store.put_backup(id, a, b"v2".to_vec()).await.unwrap(),
            BackupPut::Stored
        );
        assert_eq!(store.backup(id).await.unwrap().as_deref(), Some(&b"v2"[..]));

        assert_eq!(store.latest_pack().await.unwrap(), None);
        assert_eq!(store.latest_pack_version().await.unwrap(), None);
        assert_eq!(
            store.put_pack(5, b"p5".to_vec()).await.unwrap(),
            PackPut::Stored
        );
        assert_eq!(
            store.put_pack(5, b"again".to_vec()).await.unwrap(),
            PackPut::NotNewer
        );
        assert_eq!(
            store.put_pack(4, b"p4".to_vec()).await.unwrap(),
            PackPut::NotNewer
        );
        assert_eq!(
            store.put_pack(6, b"p6".to_vec()).await.unwrap(),
            PackPut::Stored
        );
        assert_eq!(
            store.latest_pack().await.unwrap(),
            Some((6, b"p6".to_vec()))
        );
        assert_eq!(store.latest_pack_version().await.unwrap(), Some(6));
    }
}

#[tokio::test]
async fn bad_database_urls_are_refused() {
    for url in ["mysql://x", "sqlite:", "waymark.db"] {
        let err = Store::open(url).await.unwrap_err();
        assert!(err.to_string().contains("sqlite:PATH"), "{err}");
    }
    // Nothing listens on port 1.
    assert!(
        Store::open("postgres://nobody@127.0.0.1:1/none")
            .await
            .is_err()
    );
}
