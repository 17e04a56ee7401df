//! What the file store's tests share: a fresh database on each backend, a store in a temporary
//! folder or in a bucket of a local S3-compatible server (moto, started once for the test
//! binary), and files made for the occasion.

#![allow(dead_code)]

pub mod make;

use files::{FileStore, S3Settings, Settings};
use kernel::FixedClock;
use object_store::ObjectStore;
use sea_orm::DatabaseConnection;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;
use store::Backend;

/// One database and one store, as an instance sees them.
pub struct Setup {
    pub label: String,
    pub db: DatabaseConnection,
    pub store: FileStore,
    pub settings: Settings,
    pub clock: Arc<FixedClock>,
    _dir: tempfile::TempDir,
}

impl Setup {
    /// Another instance on the same database and store, with its own connection pool.
    pub async fn second_instance(&self, url: &str) -> FileStore {
        let db = store::connect(url, 4).await.expect("connect");
        FileStore::open(&self.settings, db, self.clock.clone()).expect("open store")
    }

    /// The store seen directly, as an operator would list it.
    pub fn objects(&self) -> Arc<dyn ObjectStore> {
        raw_store(&self.settings)
    }

    /// The hashes of every object in the store.
    pub async fn object_hashes(&self) -> Vec<String> {
        use futures_util::StreamExt;
        let objects = self.objects();
        let mut listing = objects.list(None);
        let mut out = Vec::new();
        while let Some(meta) = listing.next().await {
            let meta = meta.expect("listing");
            if meta.location.as_ref().starts_with("sha256/") {
                out.push(meta.location.filename().expect("file name").to_string());
            }
        }
        out.sort();
        out
    }

    pub async fn count(&self, table: &str) -> i64 {
        store::scalar::<i64>(&self.db, &format!("SELECT COUNT(*) FROM {table}"), vec![])
            .await
            .unwrap()
            .unwrap()
    }
}

pub fn raw_store(settings: &Settings) -> Arc<dyn ObjectStore> {
    match &settings.s3 {
        None => {
            Arc::new(object_store::local::LocalFileSystem::new_with_prefix(&settings.dir).expect("folder"))
        }
        Some(s3) => Arc::new(
            object_store::aws::AmazonS3Builder::new()
                .with_endpoint(s3.endpoint.clone().expect("endpoint"))
                .with_allow_http(true)
                .with_bucket_name(&s3.bucket)
                .with_region(&s3.region)
                .with_access_key_id(&s3.access_key_id)
                .with_secret_access_key(&s3.secret_access_key)
                .build()
                .expect("S3 client"),
        ),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Folder,
    S3,
}

/// Every combination this machine can run: SQLite always, PostgreSQL when
/// `ASEC_TEST_DATABASE_URL` is set; a folder always, S3 when moto starts.
pub async fn setups() -> Vec<(Setup, String)> {
    let mut out = Vec::new();
    for backend in store::testdb::backends() {
        for place in [Place::Folder, Place::S3] {
            if let Some(setup) = setup(backend, place).await {
                out.push(setup);
            }
        }
    }
    out
}

/// The combinations with S3 only (empty, with a message, when moto cannot start).
pub async fn s3_setups() -> Vec<(Setup, String)> {
    let mut out = Vec::new();
    for backend in store::testdb::backends() {
        if let Some(setup) = setup(backend, Place::S3).await {
            out.push(setup);
        }
    }
    out
}

/// A fresh database and store; `None` for S3 when the server is not available. Also returns
/// the database URL, for a second instance.
pub async fn setup(backend: Backend, place: Place) -> Option<(Setup, String)> {
    let s3 = match place {
        Place::Folder => None,
        Place::S3 => Some(moto()?.bucket()),
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let settings = Settings { dir: dir.path().join("files"), s3 };
    let url = store::testdb::fresh_url(backend).await.expect("test database");
    let db = store::connect(&url, 4).await.expect("connect");
    store::migrations::run(&db).await.expect("migrate");
    // Whole seconds, as PostgreSQL keeps microseconds only and SQLite text what it is given.
    let clock = Arc::new(FixedClock::new(chrono::SubsecRound::trunc_subsecs(chrono::Utc::now(), 0)));
    let store = FileStore::open(&settings, db.clone(), clock.clone()).expect("open store");
    let label = format!("{backend:?}+{place:?}");
    Some((Setup { label, db, store, settings, clock, _dir: dir }, url))
}

/// Settings for a store of this database with other S3 settings (a closed port, a wrong key).
pub fn open_with(setup: &Setup, s3: S3Settings) -> FileStore {
    let settings = Settings { dir: setup.settings.dir.clone(), s3: Some(s3) };
    FileStore::open(&settings, setup.db.clone(), setup.clock.clone()).expect("open store")
}

pub struct Moto {
    pub endpoint: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    next_bucket: AtomicUsize,
}

const BUCKETS: usize = 96;

impl Moto {
    /// A bucket no other test uses.
    pub fn bucket(&self) -> S3Settings {
        let n = self.next_bucket.fetch_add(1, Ordering::SeqCst);
        assert!(n < BUCKETS, "the test S3 server has only {BUCKETS} buckets: raise BUCKETS");
        S3Settings {
            endpoint: Some(self.endpoint.clone()),
            bucket: format!("asec-test-{n}"),
            region: "us-east-1".into(),
            access_key_id: self.access_key_id.clone(),
            secret_access_key: self.secret_access_key.clone(),
        }
    }
}

/// Starts moto in server mode with authentication on (so a wrong secret is refused as by a
/// real service), creates a user with a key allowed to use S3, and the buckets. The server
/// stops when the test binary exits.
const LAUNCHER: &str = r#"
import json, os, sys, time
port, buckets = int(sys.argv[1]), int(sys.argv[2])
from moto.server import ThreadedMotoServer
import boto3
server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
server.start()
endpoint = f"http://127.0.0.1:{port}"
iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1",
                   aws_access_key_id="setup", aws_secret_access_key="setup")
iam.create_user(UserName="asec")
iam.put_user_policy(UserName="asec", PolicyName="s3", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}))
key = iam.create_access_key(UserName="asec")["AccessKey"]
s3 = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1",
                  aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"])
for n in range(buckets):
    s3.create_bucket(Bucket=f"asec-test-{n}")
print("ready", endpoint, key["AccessKeyId"], key["SecretAccessKey"], flush=True)
parent = os.getppid()
while os.getppid() == parent:
    time.sleep(0.5)
server.stop()
"#;

pub fn moto() -> Option<&'static Moto> {
    static MOTO: OnceLock<Option<Moto>> = OnceLock::new();
    MOTO.get_or_init(|| match start_moto() {
        Ok(m) => Some(m),
        Err(why) => {
            eprintln!("skipping the S3 cases: the S3-compatible test server (moto) did not start: {why}");
            None
        }
    })
    .as_ref()
}

fn start_moto() -> Result<Moto, String> {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map_err(|e| e.to_string())?
        .port();
    let mut child = Command::new("python3")
        .args(["-c", LAUNCHER, &port.to_string(), &BUCKETS.to_string()])
        // The first three requests (the user, its policy, its key) need no signature; every
        // later one is checked.
        .env("INITIAL_NO_AUTH_ACTION_COUNT", "3")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("python3: {e}"))?;
    let stdout = child.stdout.take().expect("piped");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(stdout).read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = rx.recv_timeout(Duration::from_secs(90)).map_err(|_| "no answer within 90 s".to_string())?;
    let words: Vec<&str> = line.split_whitespace().collect();
    match words.as_slice() {
        ["ready", endpoint, key, secret] => Ok(Moto {
            endpoint: endpoint.to_string(),
            access_key_id: key.to_string(),
            secret_access_key: secret.to_string(),
            next_bucket: AtomicUsize::new(0),
        }),
        _ => {
            let _ = child.kill();
            Err(format!(
                "unexpected start-up output {line:?} (is moto[server] installed? ./scripts/install-test-deps)"
            ))
        }
    }
}

/// A closed port on this machine: nothing listens there.
pub fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port()
}
