# Kerangka platform: susun atur, navigasi, ralat, laman utama.
skip-to-content = Langkau ke kandungan
nav-label = Utama
nav-account-label = Akaun anda
nav-home = Laman utama
nav-admin = Pentadbiran
nav-sign-in = Log masuk
nav-sign-up = Daftar
nav-sign-out = Log keluar
language-label = Bahasa
language-switch = Tukar
footer-tagline = Ekonomi sosial dan solidariti di seluruh Asia

home-title = Laman utama
home-intro = Rangkaian koperasi, perusahaan sosial, kumpulan petani, kumpulan wanita dan persatuan pekerja tidak formal di Asia, yang bekerjasama untuk ekonomi sosial dan solidariti.
home-hello = Selamat kembali, { $name }.
home-join = Sertai rangkaian
home-network-heading = Rangkaian kami
home-country-count = { $count ->
   *[other] { $count } negara
}
home-sdg-count = { $count ->
   *[other] { $count } Matlamat Pembangunan Mampan
}

error-code-label = Kod ralat
error-back-home = Kembali ke laman utama
error-not-found = Halaman ini tidak wujud.
error-unauthenticated = Sila log masuk untuk meneruskan.
error-forbidden = Anda tiada kebenaran untuk melakukan ini.
error-two-factor-required = Tindakan ini memerlukan pengesahan dua faktor. Hidupkan dahulu untuk akaun anda.
error-second-factor-again = Ini memerlukan log masuk dengan pengesahan dua faktor. Log keluar, kemudian log masuk semula dengan kod daripada aplikasi pengesah anda.
error-csrf = Borang ini telah tamat tempoh atau tidak dihantar dari laman ini. Kembali, muat semula halaman dan cuba lagi.
error-rate-limited = Terlalu banyak cubaan. Sila tunggu sebentar dan cuba lagi.
error-payload-too-large = Data yang anda hantar terlalu besar.
error-invalid-token = Token akses tiada, salah atau telah ditarik balik.
error-internal = Berlaku ralat di pihak kami. Ralat ini telah direkodkan; sila cuba lagi kemudian.
error-bad-request = Permintaan ini tidak dapat difahami.
error-control-characters = Apa yang dihantar mengandungi aksara yang bukan teks (seperti aksara null). Buang aksara itu dan cuba lagi.
error-timeout = Ini mengambil masa terlalu lama. Sila cuba lagi.
error-unknown-language = Bahasa itu tidak tersedia.
flash-sign-in-first = Sila log masuk untuk meneruskan.
flash-language-changed = Bahasa telah ditukar.

# Moments as people read them (the figures are filled in).
answer-yes = Ya
answer-no = Tidak
times-in-zone = Masa dalam zon { $zone } ({ $offset }). Tukar dalam tetapan akaun anda.
datetime-at = { $date } { $time } { $zone }
datetime-range = { $start } – { $end } { $zone }
error-unavailable = Perkhidmatan yang diperlukan oleh platform tidak menjawab. Tiada apa yang disimpan; sila cuba lagi dalam beberapa minit.
choose-country = Pilih negara
confirm-cannot-undo = Langkah ini tidak boleh dibatalkan.
confirm-yes = Sahkan
confirm-cancel = Batal
