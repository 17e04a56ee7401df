//! Funding's pure rules: money as integer minor units of an ISO 4217 currency, the EMVCo
//! merchant-presented QR payload behind the national bank-transfer QR codes (PromptPay,
//! DuitNow, QRIS, VietQR), India's UPI link, and the double-entry transaction that must
//! balance per currency.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// The currencies the platform takes: (code, ISO 4217 numeric code, decimals).
/// JPY, KRW and VND have no minor unit; IDR keeps its two in ISO 4217.
const CURRENCIES: &[(&str, &str, u32)] = &[
    ("MYR", "458", 2),
    ("THB", "764", 2),
    ("IDR", "360", 2),
    ("PHP", "608", 2),
    ("INR", "356", 2),
    ("USD", "840", 2),
    ("EUR", "978", 2),
    ("SGD", "702", 2),
    ("KHR", "116", 2),
    ("JPY", "392", 0),
    ("KRW", "410", 0),
    ("VND", "704", 0),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Currency {
    code: &'static str,
    numeric: &'static str,
    decimals: u32,
}

impl Currency {
    /// The currency of an ISO 4217 alphabetic code (any case); `None` when not taken.
    pub fn parse(code: &str) -> Option<Currency> {
        let code = code.trim().to_ascii_uppercase();
        CURRENCIES.iter().find(|(c, _, _)| *c == code).map(|&(code, numeric, decimals)| Currency {
            code,
            numeric,
            decimals,
        })
    }
    pub fn code(&self) -> &'static str {
        self.code
    }
    pub fn numeric(&self) -> &'static str {
        self.numeric
    }
    pub fn decimals(&self) -> u32 {
        self.decimals
    }
    /// Every currency taken, for a choice list.
    pub fn all() -> Vec<Currency> {
        CURRENCIES.iter().filter_map(|(c, _, _)| Currency::parse(c)).collect()
    }
}

/// Why a typed amount is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    NotPositive,
    TooManyDecimals,
    TooLarge,
}

impl AmountError {
    pub fn key(self) -> &'static str {
        match self {
            AmountError::NotANumber => "funding-amount-not-a-number",
            AmountError::NotPositive => "funding-amount-not-positive",
            AmountError::TooManyDecimals => "funding-amount-too-many-decimals",
            AmountError::TooLarge => "funding-amount-too-large",
        }
    }
}

/// The largest amount taken, in minor units: far beyond any donation, far below overflow
/// when many are summed.
pub const MAX_MINOR: i64 = 1_000_000_000_000_000;

/// A typed decimal amount ("1500", "1,500.50", "12.5") in minor units of `currency`; only
/// positive amounts with no more decimals than the currency has.
pub fn parse_amount(text: &str, currency: Currency) -> Result<i64, AmountError> {
    let text: String = text.trim().chars().filter(|c| *c != ',' && *c != ' ').collect();
    if text.starts_with('-') {
        return Err(AmountError::NotPositive);
    }
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text.as_str(), ""),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return Err(AmountError::NotANumber);
    }
    if text.contains('.') && fraction.is_empty() {
        return Err(AmountError::NotANumber);
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > currency.decimals as usize {
        return Err(AmountError::TooManyDecimals);
    }
    let whole = whole.trim_start_matches('0');
    if whole.len() > 18 {
        return Err(AmountError::TooLarge);
    }
    let whole: i64 = if whole.is_empty() { 0 } else { whole.parse().map_err(|_| AmountError::TooLarge)? };
    let scale = 10_i64.pow(currency.decimals);
    let mut frac: i64 =
        if fraction.is_empty() { 0 } else { fraction.parse().map_err(|_| AmountError::NotANumber)? };
    frac *= 10_i64.pow(currency.decimals - fraction.len() as u32);
    let minor = whole.checked_mul(scale).and_then(|w| w.checked_add(frac)).ok_or(AmountError::TooLarge)?;
    if minor == 0 {
        return Err(AmountError::NotPositive);
    }
    if minor > MAX_MINOR {
        return Err(AmountError::TooLarge);
    }
    Ok(minor)
}

/// Minor units as a plain decimal in the currency ("1500.50", "-3.05", "1500" for JPY):
/// what the CSV, the QR payload and the forms show.
pub fn format_minor(minor: i64, currency: Currency) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if currency.decimals == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10_u64.pow(currency.decimals);
    format!("{sign}{}.{:0width$}", abs / scale, abs % scale, width = currency.decimals as usize)
}

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial 0xFFFF, not reflected, no final xor): the
/// check EMVCo payloads end with.
pub fn crc16_ccitt_false(bytes: &[u8]) -> u16 {
    let mut crc: u16 = 0xFFFF;
    for &b in bytes {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ 0x1021 } else { crc << 1 };
        }
    }
    crc
}

/// Why a payload cannot be built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QrError {
    /// A field longer than 99 characters, which a two-digit length cannot say.
    FieldTooLong,
    NameTooLong,
    CityTooLong,
    /// A field holding something other than printable ASCII.
    NotPrintable,
    BadCountry,
}

fn tlv(out: &mut String, tag: u8, value: &str) -> Result<(), QrError> {
    if value.len() > 99 {
        return Err(QrError::FieldTooLong);
    }
    if !value.chars().all(|c| c.is_ascii() && !c.is_ascii_control()) {
        return Err(QrError::NotPrintable);
    }
    let _ = write!(out, "{tag:02}{:02}{value}", value.len());
    Ok(())
}

/// A payload of `fields` in the order given, closed by tag 63: the CRC over everything before
/// it including `6304`.
pub fn emv_payload(fields: &[(u8, String)]) -> Result<String, QrError> {
    let mut out = String::new();
    for (tag, value) in fields {
        tlv(&mut out, *tag, value)?;
    }
    out.push_str("6304");
    let crc = crc16_ccitt_false(out.as_bytes());
    let _ = write!(out, "{crc:04X}");
    Ok(out)
}

/// Whether a payload ends with the right CRC.
pub fn crc_ok(payload: &str) -> bool {
    let Some(body) = payload.len().checked_sub(4).and_then(|n| payload.get(..n)) else {
        return false;
    };
    body.ends_with("6304") && format!("{:04X}", crc16_ccitt_false(body.as_bytes())) == payload[body.len()..]
}

/// The national schemes: where their template goes and the scheme id in its sub-field 00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    PromptPay,
    DuitNow,
    Qris,
    VietQr,
}

impl Scheme {
    pub fn tag(self) -> u8 {
        match self {
            Scheme::DuitNow => 26,
            Scheme::PromptPay => 29,
            Scheme::VietQr => 38,
            Scheme::Qris => 51,
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Scheme::PromptPay => "A000000677010111",
            Scheme::DuitNow => "A000000615000101",
            Scheme::Qris => "ID.CO.QRIS.WWW",
            Scheme::VietQr => "A000000727",
        }
    }
    pub fn parse(s: &str) -> Option<Scheme> {
        match s {
            "promptpay" => Some(Scheme::PromptPay),
            "duitnow" => Some(Scheme::DuitNow),
            "qris" => Some(Scheme::Qris),
            "vietqr" => Some(Scheme::VietQr),
            _ => None,
        }
    }
}

/// A fund's bank account as a QR code names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merchant {
    pub scheme: Scheme,
    /// The account in the scheme's sub-field 01 (a PromptPay id, a DuitNow id, a QRIS NMID…).
    pub account: String,
    /// ISO 3166 alpha-2.
    pub country: String,
    pub name: String,
    pub city: String,
}

/// The dynamic (tag 01 `12`) payload asking for `amount` of `currency` with `reference`, or the
/// static one (`11`) with no amount. Fields in ascending tag order.
pub fn merchant_payload(
    m: &Merchant,
    currency: Currency,
    amount: Option<i64>,
    reference: &str,
) -> Result<String, QrError> {
    if m.name.chars().count() > 25 {
        return Err(QrError::NameTooLong);
    }
    if m.city.chars().count() > 15 {
        return Err(QrError::CityTooLong);
    }
    if m.country.len() != 2 || !m.country.chars().all(|c| c.is_ascii_uppercase()) {
        return Err(QrError::BadCountry);
    }
    let mut template = String::new();
    tlv(&mut template, 0, m.scheme.id())?;
    tlv(&mut template, 1, &m.account)?;
    let mut fields = vec![
        (0, "01".to_string()),
        (1, if amount.is_some() { "12" } else { "11" }.to_string()),
        (m.scheme.tag(), template),
        (53, currency.numeric().to_string()),
    ];
    if let Some(a) = amount {
        fields.push((54, format_minor(a, currency)));
    }
    fields.push((58, m.country.clone()));
    fields.push((59, m.name.clone()));
    fields.push((60, m.city.clone()));
    if !reference.is_empty() {
        let mut additional = String::new();
        tlv(&mut additional, 5, reference)?;
        fields.push((62, additional));
    }
    emv_payload(&fields)
}

/// India's UPI: a `upi://pay` link (no CRC) to the payee's VPA for `amount` rupees.
pub fn upi_link(vpa: &str, payee: &str, amount: i64, reference: &str) -> String {
    let inr = Currency::parse("INR").expect("INR is taken");
    let enc = |s: &str| {
        let mut out = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
                out.push(b as char);
            } else {
                let _ = write!(out, "%{b:02X}");
            }
        }
        out
    };
    format!(
        "upi://pay?pa={}&pn={}&am={}&cu=INR&tr={}&tn={}",
        enc(vpa),
        enc(payee),
        format_minor(amount, inr),
        enc(reference),
        enc(reference)
    )
}

/// One line of a ledger transaction: positive amounts, on one side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub account: String,
    pub fund: i64,
    pub currency: Currency,
    pub debit: bool,
    pub minor: i64,
}

/// Why a transaction is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LedgerError {
    Empty,
    NotPositive,
    /// Debits differ from credits in some currency.
    Unbalanced,
}

/// A transaction whose debits equal its credits in every currency; built only by `balanced`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transaction {
    entries: Vec<Entry>,
}

impl Transaction {
    pub fn balanced(entries: Vec<Entry>) -> Result<Transaction, LedgerError> {
        if entries.is_empty() {
            return Err(LedgerError::Empty);
        }
        let mut net: BTreeMap<&str, i128> = BTreeMap::new();
        for e in &entries {
            if e.minor <= 0 {
                return Err(LedgerError::NotPositive);
            }
            let signed = if e.debit { e.minor as i128 } else { -(e.minor as i128) };
            *net.entry(e.currency.code()).or_default() += signed;
        }
        if net.values().any(|n| *n != 0) {
            return Err(LedgerError::Unbalanced);
        }
        Ok(Transaction { entries })
    }
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

/// A donation received: the bank (or cash) account is debited, the fund's donations income
/// credited.
pub fn donation_received(
    fund: i64,
    currency: Currency,
    minor: i64,
    cash: bool,
) -> Result<Transaction, LedgerError> {
    let asset = if cash { "cash" } else { "bank" };
    Transaction::balanced(vec![
        Entry { account: asset.into(), fund, currency, debit: true, minor },
        Entry { account: "donations".into(), fund, currency, debit: false, minor },
    ])
}

/// A campaign's life: written, sent to management, validated (live), closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CampaignStatus {
    Draft,
    Submitted,
    Live,
    Closed,
}

impl CampaignStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CampaignStatus::Draft => "draft",
            CampaignStatus::Submitted => "submitted",
            CampaignStatus::Live => "live",
            CampaignStatus::Closed => "closed",
        }
    }
    pub fn parse(s: &str) -> Option<CampaignStatus> {
        [CampaignStatus::Draft, CampaignStatus::Submitted, CampaignStatus::Live, CampaignStatus::Closed]
            .into_iter()
            .find(|c| c.as_str() == s)
    }
    /// The one step forward from here, if any: only a submitted campaign goes live.
    pub fn next(self) -> Option<CampaignStatus> {
        match self {
            CampaignStatus::Draft => Some(CampaignStatus::Submitted),
            CampaignStatus::Submitted => Some(CampaignStatus::Live),
            CampaignStatus::Live => Some(CampaignStatus::Closed),
            CampaignStatus::Closed => None,
        }
    }
    /// Only a live campaign takes donations.
    pub fn donatable(self) -> bool {
        self == CampaignStatus::Live
    }
}

/// How far a campaign is towards its goal, in whole percent, capped at 100 for the bar.
pub fn progress_percent(raised: i64, goal: i64) -> u8 {
    if goal <= 0 || raised <= 0 {
        return 0;
    }
    ((raised as i128 * 100 / goal as i128).min(100)) as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(c: &str) -> Currency {
        Currency::parse(c).unwrap()
    }

    #[test]
    fn currencies_have_their_decimals_and_numeric_codes() {
        for z in ["JPY", "KRW", "VND"] {
            assert_eq!(cur(z).decimals(), 0);
        }
        for t in ["MYR", "THB", "IDR", "PHP", "INR", "USD"] {
            assert_eq!(cur(t).decimals(), 2);
        }
        assert_eq!(cur("thb").numeric(), "764");
        assert_eq!(cur(" myr ").code(), "MYR");
        assert_eq!(Currency::parse("XXX"), None);
        assert_eq!(Currency::parse(""), None);
        assert_eq!(Currency::all().len(), CURRENCIES.len());
    }

    #[test]
    fn amounts_parse_into_minor_units() {
        assert_eq!(parse_amount("1500", cur("MYR")), Ok(150_000));
        assert_eq!(parse_amount("1,500.5", cur("MYR")), Ok(150_050));
        assert_eq!(parse_amount("0.01", cur("USD")), Ok(1));
        assert_eq!(parse_amount(".5", cur("USD")), Ok(50));
        assert_eq!(parse_amount("12.50", cur("USD")), Ok(1250));
        assert_eq!(parse_amount("1000", cur("JPY")), Ok(1000));
        assert_eq!(parse_amount("1000.00", cur("JPY")), Ok(1000));
        assert_eq!(parse_amount("007", cur("KRW")), Ok(7));
    }

    #[test]
    fn bad_amounts_are_refused() {
        assert_eq!(parse_amount("0", cur("MYR")), Err(AmountError::NotPositive));
        assert_eq!(parse_amount("0.00", cur("MYR")), Err(AmountError::NotPositive));
        assert_eq!(parse_amount("-5", cur("MYR")), Err(AmountError::NotPositive));
        assert_eq!(parse_amount("1.005", cur("MYR")), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("1.5", cur("JPY")), Err(AmountError::TooManyDecimals));
        assert_eq!(parse_amount("", cur("MYR")), Err(AmountError::NotANumber));
        assert_eq!(parse_amount(".", cur("MYR")), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("5.", cur("MYR")), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1e3", cur("MYR")), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("1.2.3", cur("MYR")), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("+5", cur("MYR")), Err(AmountError::NotANumber));
        assert_eq!(parse_amount("9999999999999999999", cur("MYR")), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("99999999999999999", cur("MYR")), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("10000000000000", cur("MYR")), Ok(MAX_MINOR));
        assert_eq!(parse_amount("10000000000000.01", cur("MYR")), Err(AmountError::TooLarge));
        assert_eq!(parse_amount("1000000000000000", cur("JPY")), Ok(MAX_MINOR));
        assert_eq!(parse_amount("1000000000000001", cur("JPY")), Err(AmountError::TooLarge));
        for e in [
            AmountError::NotANumber,
            AmountError::NotPositive,
            AmountError::TooManyDecimals,
            AmountError::TooLarge,
        ] {
            assert!(e.key().starts_with("funding-amount-"));
        }
        assert_ne!(AmountError::NotANumber.key(), AmountError::TooLarge.key());
        assert_ne!(AmountError::NotPositive.key(), AmountError::TooManyDecimals.key());
    }

    #[test]
    fn minor_units_format_as_decimals() {
        assert_eq!(format_minor(150_050, cur("MYR")), "1500.50");
        assert_eq!(format_minor(5, cur("MYR")), "0.05");
        assert_eq!(format_minor(-305, cur("USD")), "-3.05");
        assert_eq!(format_minor(0, cur("USD")), "0.00");
        assert_eq!(format_minor(1000, cur("JPY")), "1000");
        assert_eq!(format_minor(-7, cur("VND")), "-7");
    }

    #[test]
    fn crc_matches_the_check_value() {
        assert_eq!(crc16_ccitt_false(b"123456789"), 0x29B1);
        assert_eq!(crc16_ccitt_false(b""), 0xFFFF);
    }

    const PROMPTPAY: &str = "00020101021129370016A000000677010111011300668012345675802TH530376463046197";

    #[test]
    fn the_promptpay_example_is_rebuilt_exactly() {
        let mut template = String::new();
        tlv(&mut template, 0, Scheme::PromptPay.id()).unwrap();
        tlv(&mut template, 1, "0066801234567").unwrap();
        let fields =
            vec![(0, "01".into()), (1, "11".into()), (29, template), (58, "TH".into()), (53, "764".into())];
        assert_eq!(emv_payload(&fields).unwrap(), PROMPTPAY);
        assert!(crc_ok(PROMPTPAY));
        assert!(!crc_ok(&PROMPTPAY.replace("6197", "6198")));
        assert!(!crc_ok(&PROMPTPAY.replace("TH", "TT")));
        assert!(!crc_ok("6304"));
        assert!(!crc_ok("12345678"));
        assert!(!crc_ok(""));
    }

    fn merchant(scheme: Scheme) -> Merchant {
        Merchant {
            scheme,
            account: "0066801234567".into(),
            country: "MY".into(),
            name: "SASE Malaysia".into(),
            city: "Kuala Lumpur".into(),
        }
    }

    #[test]
    fn a_dynamic_payload_carries_amount_reference_and_crc() {
        let p = merchant_payload(&merchant(Scheme::DuitNow), cur("MYR"), Some(5000), "ASEC-7").unwrap();
        assert!(p.starts_with("000201010212"));
        assert!(p.contains("26370016A000000615000101011300668012345675303458540550.005802MY"));
        assert!(p.contains("5913SASE Malaysia6012Kuala Lumpur"));
        assert!(p.contains("62100506ASEC-76304"));
        assert!(crc_ok(&p));
        let s = merchant_payload(&merchant(Scheme::Qris), cur("IDR"), None, "").unwrap();
        assert!(s.starts_with("000201010211"));
        assert!(s.contains("51350014ID.CO.QRIS.WWW0113"));
        assert!(!s.contains("5405") && !s.contains("6210"));
        assert!(crc_ok(&s));
        let v = merchant_payload(&merchant(Scheme::VietQr), cur("VND"), Some(50000), "R").unwrap();
        assert!(v.contains("38310010A000000727") && v.contains("540550000"));
        let t = merchant_payload(&merchant(Scheme::PromptPay), cur("THB"), Some(100), "R").unwrap();
        assert!(t.contains("29370016A000000677010111"));
    }

    #[test]
    fn payload_limits_are_kept() {
        let mut m = merchant(Scheme::DuitNow);
        m.name = "x".repeat(25);
        assert!(merchant_payload(&m, cur("MYR"), None, "").is_ok());
        m.name = "x".repeat(26);
        assert_eq!(merchant_payload(&m, cur("MYR"), None, ""), Err(QrError::NameTooLong));
        let mut m = merchant(Scheme::DuitNow);
        m.city = "x".repeat(15);
        assert!(merchant_payload(&m, cur("MYR"), None, "").is_ok());
        m.city = "x".repeat(16);
        assert_eq!(merchant_payload(&m, cur("MYR"), None, ""), Err(QrError::CityTooLong));
        for bad in ["M", "MYS", "my"] {
            let mut m = merchant(Scheme::DuitNow);
            m.country = bad.into();
            assert_eq!(merchant_payload(&m, cur("MYR"), None, ""), Err(QrError::BadCountry));
        }
        let mut m = merchant(Scheme::DuitNow);
        m.account = "9".repeat(100);
        assert_eq!(merchant_payload(&m, cur("MYR"), None, ""), Err(QrError::FieldTooLong));
        m.account = "9".repeat(99);
        assert_eq!(merchant_payload(&m, cur("MYR"), None, ""), Err(QrError::FieldTooLong));
        let m = merchant(Scheme::DuitNow);
        assert_eq!(merchant_payload(&m, cur("MYR"), None, "é"), Err(QrError::NotPrintable));
        assert_eq!(merchant_payload(&m, cur("MYR"), None, "a\nb"), Err(QrError::NotPrintable));
        assert_eq!(emv_payload(&[(1, "x".repeat(99))]).map(|p| p.len()), Ok(4 + 99 + 8));
    }

    #[test]
    fn schemes_parse_by_name() {
        for (s, scheme) in [
            ("promptpay", Scheme::PromptPay),
            ("duitnow", Scheme::DuitNow),
            ("qris", Scheme::Qris),
            ("vietqr", Scheme::VietQr),
        ] {
            assert_eq!(Scheme::parse(s), Some(scheme));
        }
        assert_eq!(Scheme::parse("khqr"), None);
    }

    #[test]
    fn upi_links_name_payee_amount_and_reference() {
        assert_eq!(
            upi_link("asec@upi", "ASEC India", 50_000, "ASEC-9"),
            "upi://pay?pa=asec@upi&pn=ASEC%20India&am=500.00&cu=INR&tr=ASEC-9&tn=ASEC-9"
        );
        assert!(upi_link("a@b", "x&y=z", 1, "r").contains("pn=x%26y%3Dz&am=0.01"));
        assert!(upi_link("a@b", "A_b.c~d", 1, "r").contains("pn=A_b.c~d&"));
    }

    fn entry(currency: &str, debit: bool, minor: i64) -> Entry {
        Entry { account: "bank".into(), fund: 1, currency: cur(currency), debit, minor }
    }

    #[test]
    fn transactions_balance_per_currency() {
        let t = Transaction::balanced(vec![
            entry("MYR", true, 100),
            entry("MYR", false, 60),
            entry("MYR", false, 40),
        ])
        .unwrap();
        assert_eq!(t.entries().len(), 3);
        assert_eq!(Transaction::balanced(vec![]), Err(LedgerError::Empty));
        assert_eq!(
            Transaction::balanced(vec![entry("MYR", true, 100), entry("MYR", false, 99)]),
            Err(LedgerError::Unbalanced)
        );
        // Balanced in sum, not per currency.
        assert_eq!(
            Transaction::balanced(vec![entry("MYR", true, 100), entry("THB", false, 100)]),
            Err(LedgerError::Unbalanced)
        );
        assert!(
            Transaction::balanced(vec![
                entry("MYR", true, 100),
                entry("THB", true, 7),
                entry("MYR", false, 100),
                entry("THB", false, 7)
            ])
            .is_ok()
        );
        assert_eq!(
            Transaction::balanced(vec![entry("MYR", true, 0), entry("MYR", false, 0)]),
            Err(LedgerError::NotPositive)
        );
        assert_eq!(
            Transaction::balanced(vec![entry("MYR", true, -5), entry("MYR", false, -5)]),
            Err(LedgerError::NotPositive)
        );
    }

    #[test]
    fn a_received_donation_debits_the_bank_or_cash_and_credits_the_fund() {
        let t = donation_received(3, cur("MYR"), 500, false).unwrap();
        assert_eq!(t.entries()[0].account, "bank");
        assert!(t.entries()[0].debit);
        assert_eq!(t.entries()[1].account, "donations");
        assert!(!t.entries()[1].debit);
        assert!(t.entries().iter().all(|e| e.fund == 3 && e.minor == 500));
        assert_eq!(donation_received(3, cur("MYR"), 500, true).unwrap().entries()[0].account, "cash");
        assert_eq!(donation_received(3, cur("MYR"), 0, true), Err(LedgerError::NotPositive));
    }

    #[test]
    fn campaigns_go_live_only_after_submission() {
        use CampaignStatus::*;
        assert_eq!(Draft.next(), Some(Submitted));
        assert_eq!(Submitted.next(), Some(Live));
        assert_eq!(Live.next(), Some(Closed));
        assert_eq!(Closed.next(), None);
        for s in [Draft, Submitted, Live, Closed] {
            assert_eq!(CampaignStatus::parse(s.as_str()), Some(s));
            assert_eq!(s.donatable(), s == Live);
        }
        assert_eq!(CampaignStatus::parse("open"), None);
    }

    #[test]
    fn progress_is_a_capped_percentage() {
        assert_eq!(progress_percent(50, 200), 25);
        assert_eq!(progress_percent(199, 200), 99);
        assert_eq!(progress_percent(200, 200), 100);
        assert_eq!(progress_percent(500, 200), 100);
        assert_eq!(progress_percent(0, 200), 0);
        assert_eq!(progress_percent(-5, 200), 0);
        assert_eq!(progress_percent(5, 0), 0);
        assert_eq!(progress_percent(1, 1), 100);
    }
}
