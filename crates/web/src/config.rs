//! Configuration: built-in defaults, then `asec.toml`, then `ASEC_*` environment variables.
//! Every setting is listed in [`SETTINGS`] so `asec config` and the README cover all of them.

use serde::{Deserialize, Serialize};
use std::path::Path;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub bind: String,
    pub base_url: String,
    pub database_url: String,
    pub database_max_connections: u32,
    pub reference_file: Option<String>,
    pub cookie_secure: Option<bool>,
    pub trust_proxy_headers: bool,
    pub trusted_proxy_hops: usize,
    pub metrics_token: Option<String>,
    pub metrics_bind: Option<String>,
    pub log_format: LogFormat,
    pub log_level: String,
    pub max_body_bytes: usize,
    pub request_timeout_secs: u64,
    pub session_days: i64,
    pub smtp_host: Option<String>,
    pub smtp_port: u16,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    pub smtp_security: SmtpSecurity,
    pub mail_from: String,
    pub mail_poll_secs: u64,
    pub files_dir: String,
    pub files_s3_endpoint: Option<String>,
    pub files_s3_bucket: Option<String>,
    pub files_s3_region: String,
    pub files_s3_access_key_id: Option<String>,
    pub files_s3_secret_access_key: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpSecurity {
    /// Plain SMTP, for a relay on the same machine or a test server.
    None,
    /// STARTTLS on the submission port (587).
    Starttls,
    /// TLS from the first byte (465).
    Tls,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            bind: "127.0.0.1:8080".into(),
            base_url: "http://127.0.0.1:8080".into(),
            database_url: "sqlite://data/asec.db".into(),
            database_max_connections: 8,
            reference_file: None,
            cookie_secure: None,
            trust_proxy_headers: false,
            trusted_proxy_hops: 1,
            metrics_token: None,
            metrics_bind: None,
            log_format: LogFormat::Text,
            log_level: "info".into(),
            max_body_bytes: 2 * 1024 * 1024,
            request_timeout_secs: 30,
            session_days: 30,
            smtp_host: None,
            smtp_port: 587,
            smtp_username: None,
            smtp_password: None,
            smtp_security: SmtpSecurity::Starttls,
            mail_from: "ASEC Platform <no-reply@localhost>".into(),
            mail_poll_secs: 5,
            files_dir: "data/files".into(),
            files_s3_endpoint: None,
            files_s3_bucket: None,
            files_s3_region: "us-east-1".into(),
            files_s3_access_key_id: None,
            files_s3_secret_access_key: None,
        }
    }
}

/// (name, description) of every setting; the environment variable is `ASEC_` + upper case.
pub const SETTINGS: [(&str, &str); 28] = [
    ("bind", "Address and port the server listens on"),
    ("base_url", "Public address of the platform, used in links in emails"),
    ("database_url", "sqlite://path/to/file.db or postgres://user@host/db"),
    ("database_max_connections", "Size of the database connection pool"),
    ("reference_file", "Reference data (network, countries, SDGs, …) replacing the built-in ASEC file"),
    ("cookie_secure", "Mark cookies Secure (HTTPS only); defaults to true when base_url is https"),
    ("trust_proxy_headers", "Take the client address from X-Forwarded-For (behind a reverse proxy)"),
    (
        "trusted_proxy_hops",
        "How many trusted proxies append to X-Forwarded-For; the client is that many entries from the right",
    ),
    (
        "metrics_token",
        "Bearer token that /metrics asks for on the main address; unset, it answers 404 there (secret)",
    ),
    (
        "metrics_bind",
        "Another address and port serving only /metrics, without a token (such as 127.0.0.1:9090)",
    ),
    ("log_format", "text (human-readable) or json"),
    ("log_level", "tracing filter, such as info or asec=debug,info"),
    ("max_body_bytes", "Largest request body accepted"),
    ("request_timeout_secs", "Time after which a request is answered with an error"),
    ("session_days", "How long a sign-in lasts without activity"),
    ("smtp_host", "SMTP server; without it, mail stays in the outbox page"),
    ("smtp_port", "SMTP port"),
    ("smtp_username", "SMTP user name"),
    ("smtp_password", "SMTP password (secret)"),
    ("smtp_security", "none, starttls or tls"),
    ("mail_from", "Sender of the platform's emails"),
    ("mail_poll_secs", "How often the mail worker looks for mail to send"),
    ("files_dir", "Folder of uploaded files (logos, photos, attachments) when no S3 bucket is set"),
    (
        "files_s3_endpoint",
        "S3-compatible service (https://…; http:// only on localhost); unset for Amazon S3",
    ),
    (
        "files_s3_bucket",
        "Keep uploaded files in this S3 bucket instead of files_dir (needed for several instances)",
    ),
    ("files_s3_region", "Region of the S3 bucket"),
    ("files_s3_access_key_id", "Access key id for the S3 bucket"),
    ("files_s3_secret_access_key", "Secret access key for the S3 bucket (secret)"),
];

const SECRETS: [&str; 4] = ["smtp_password", "database_url", "files_s3_secret_access_key", "metrics_token"];

impl Config {
    /// Loads defaults, then the TOML file if it exists, then `ASEC_*` variables from `env`.
    pub fn load(
        file: Option<&Path>,
        env: impl IntoIterator<Item = (String, String)>,
    ) -> Result<Config, String> {
        let defaults = toml::Table::try_from(Config::default()).map_err(|e| e.to_string())?;
        let mut table = defaults.clone();
        if let Some(path) = file.filter(|p| p.exists()) {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let from_file: toml::Table =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            table.extend(from_file);
        }
        for (key, raw) in env {
            let Some(name) = key.strip_prefix("ASEC_").map(str::to_ascii_lowercase) else {
                continue;
            };
            if !SETTINGS.iter().any(|(setting, _)| *setting == name) {
                continue;
            }
            let value = env_value(&defaults, &name, &raw);
            table.insert(name, value);
        }
        let config: Config = table.try_into().map_err(|e: toml::de::Error| e.message().to_string())?;
        config.check()?;
        Ok(config)
    }

    fn check(&self) -> Result<(), String> {
        if store::Backend::of_url(&self.database_url).is_none() {
            return Err("database_url must start with sqlite: or postgres://".into());
        }
        if !(self.base_url.starts_with("http://") || self.base_url.starts_with("https://"))
            || url::Url::parse(&self.base_url).is_err()
        {
            return Err("base_url must be an address starting with http:// or https://".into());
        }
        if self.trusted_proxy_hops == 0 {
            return Err("trusted_proxy_hops must be at least 1".into());
        }
        if self
            .metrics_token
            .as_deref()
            .is_some_and(|t| t.len() < 16 || !t.bytes().all(|b| b.is_ascii_graphic()))
        {
            return Err("metrics_token must be at least 16 visible ASCII characters".into());
        }
        self.files_settings().map(|_| ())
    }

    /// Where uploaded files go: the S3 bucket when one is set, the folder otherwise.
    pub fn files_settings(&self) -> Result<files::Settings, String> {
        let s3 = match &self.files_s3_bucket {
            None => None,
            Some(bucket) => {
                let (Some(access_key_id), Some(secret_access_key)) =
                    (self.files_s3_access_key_id.clone(), self.files_s3_secret_access_key.clone())
                else {
                    return Err(
                        "files_s3_bucket needs files_s3_access_key_id and files_s3_secret_access_key".into(),
                    );
                };
                Some(files::S3Settings {
                    endpoint: self.files_s3_endpoint.clone(),
                    bucket: bucket.clone(),
                    region: self.files_s3_region.clone(),
                    access_key_id,
                    secret_access_key,
                })
            }
        };
        Ok(files::Settings { dir: self.files_dir.clone().into(), s3 })
    }

    pub fn secure_cookies(&self) -> bool {
        self.cookie_secure.unwrap_or(self.base_url.starts_with("https://"))
    }

    pub fn base_url(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    /// The effective configuration as TOML, secrets masked.
    pub fn render_masked(&self) -> String {
        let mut table = toml::Table::try_from(self).expect("config serialises");
        for key in SECRETS {
            if let Some(toml::Value::String(value)) = table.get_mut(key) {
                *value = mask(key, value);
            }
        }
        let mut out = String::new();
        for (name, description) in SETTINGS {
            out.push_str(&format!("# {description} (ASEC_{})\n", name.to_ascii_uppercase()));
            match table.get(name) {
                Some(value) => out.push_str(&format!("{name} = {value}\n")),
                None => out.push_str(&format!("# {name} is not set\n")),
            }
        }
        out
    }
}

fn mask(key: &str, value: &str) -> String {
    if key == "database_url" {
        // Only the password part of a URL is secret.
        if let Some((head, tail)) = value.split_once('@')
            && let Some((scheme_user, _password)) = head.rsplit_once(':')
            && scheme_user.contains("://")
            && !scheme_user.ends_with(':')
        {
            return format!("{scheme_user}:********@{tail}");
        }
        return value.to_string();
    }
    "********".into()
}

/// Environment values are strings; numbers and booleans are recognised so they fit the fields,
/// unless the setting takes text (a bucket named `2024`, a key of digits stay text).
fn env_value(defaults: &toml::Table, name: &str, raw: &str) -> toml::Value {
    let text = toml::Value::String(raw.to_string());
    let mut probe = defaults.clone();
    probe.insert(name.to_string(), text.clone());
    if probe.try_into::<Config>().is_ok() {
        return text;
    }
    if let Ok(b) = raw.parse::<bool>() {
        toml::Value::Boolean(b)
    } else if let Ok(n) = raw.parse::<i64>() {
        toml::Value::Integer(n)
    } else {
        toml::Value::String(raw.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn environment_overrides_file_overrides_defaults() {
        let dir = std::env::temp_dir().join(format!("asec-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("asec.toml");
        std::fs::write(&file, "bind = \"0.0.0.0:9000\"\nsmtp_port = 2525\n").unwrap();
        let config = Config::load(
            Some(&file),
            env(&[("ASEC_SMTP_PORT", "25"), ("ASEC_TRUST_PROXY_HEADERS", "true"), ("HOME", "/x")]),
        )
        .unwrap();
        assert_eq!(config.bind, "0.0.0.0:9000");
        assert_eq!(config.smtp_port, 25);
        assert!(config.trust_proxy_headers);
        assert_eq!(config.session_days, 30);
    }

    #[test]
    fn text_settings_stay_text_whatever_they_look_like() {
        let config = Config::load(
            None,
            env(&[
                ("ASEC_FILES_S3_BUCKET", "2024"),
                ("ASEC_FILES_S3_ACCESS_KEY_ID", "0042"),
                ("ASEC_FILES_S3_SECRET_ACCESS_KEY", "12345678"),
                ("ASEC_LOG_LEVEL", "true"),
                ("ASEC_COOKIE_SECURE", "false"),
                ("ASEC_FILES_DIR", "/srv/asec/files"),
            ]),
        )
        .unwrap();
        assert_eq!(config.files_s3_bucket.as_deref(), Some("2024"));
        assert_eq!(config.files_s3_secret_access_key.as_deref(), Some("12345678"));
        assert_eq!(config.files_s3_access_key_id.as_deref(), Some("0042"));
        assert_eq!(config.log_level, "true");
        assert_eq!(config.cookie_secure, Some(false));
        assert_eq!(config.files_dir, "/srv/asec/files");
        assert_eq!(Config::default().files_dir, "data/files");
    }

    #[test]
    fn bad_values_are_refused_with_a_message() {
        let err = Config::load(None, env(&[("ASEC_DATABASE_URL", "mysql://x")])).unwrap_err();
        assert!(err.contains("database_url"), "{err}");
        let err = Config::load(None, env(&[("ASEC_SMTP_PORT", "many")])).unwrap_err();
        assert!(!err.is_empty());
        let err = Config::load(None, env(&[("ASEC_FILES_S3_BUCKET", "asec")])).unwrap_err();
        assert!(err.contains("files_s3_access_key_id"), "a bucket without its key: {err}");
        let err = Config::load(None, env(&[("ASEC_METRICS_TOKEN", "short")])).unwrap_err();
        assert!(err.contains("metrics_token"), "{err}");
        let err = Config::load(None, env(&[("ASEC_TRUSTED_PROXY_HOPS", "0")])).unwrap_err();
        assert!(err.contains("trusted_proxy_hops"), "{err}");
    }

    #[test]
    fn secrets_are_masked() {
        let config = Config {
            smtp_password: Some("hunter2".into()),
            database_url: "postgres://asec:s3cret@db.example/asec".into(),
            files_s3_secret_access_key: Some("wJalrXUtnFEMI".into()),
            metrics_token: Some("prometheus-scrapes-here".into()),
            ..Config::default()
        };
        let shown = config.render_masked();
        assert!(
            !shown.contains("hunter2")
                && !shown.contains("s3cret")
                && !shown.contains("wJalrXUtnFEMI")
                && !shown.contains("prometheus-scrapes-here"),
            "{shown}"
        );
        assert!(shown.contains("files_s3_secret_access_key = \"********\""), "{shown}");
        assert!(shown.contains("postgres://asec:********@db.example/asec"));
        for (name, _) in SETTINGS {
            assert!(shown.contains(name), "{name} missing");
        }
    }
}
