# Kerangka platform: tata letak, navigasi, pesan kesalahan, beranda.
skip-to-content = Langsung ke konten
nav-label = Utama
nav-account-label = Akun Anda
nav-home = Beranda
nav-admin = Administrasi
nav-sign-in = Masuk
nav-sign-up = Buat akun
nav-sign-out = Keluar
language-label = Bahasa
language-switch = Ganti
footer-tagline = Ekonomi sosial dan solidaritas di seluruh Asia

home-title = Beranda
home-intro = Jaringan koperasi, usaha sosial, kelompok tani, kelompok perempuan, dan perkumpulan pekerja informal di Asia, yang bekerja sama untuk ekonomi sosial dan solidaritas.
home-hello = Selamat datang kembali, { $name }.
home-join = Bergabung dengan jaringan
home-network-heading = Jaringan kami
home-country-count = { $count ->
   *[other] { $count } negara
}
home-sdg-count = { $count ->
   *[other] { $count } Tujuan Pembangunan Berkelanjutan
}

error-code-label = Kode kesalahan
error-back-home = Kembali ke beranda
error-not-found = Halaman ini tidak ada.
error-unauthenticated = Silakan masuk untuk melanjutkan.
error-forbidden = Anda tidak punya izin untuk melakukan ini.
error-two-factor-required = Tindakan ini memerlukan verifikasi dua langkah. Aktifkan dulu untuk akun Anda.
error-second-factor-again = Ini memerlukan proses masuk dengan verifikasi dua langkah. Keluar, lalu masuk lagi dengan kode dari aplikasi autentikator Anda.
error-csrf = Formulir ini sudah kedaluwarsa atau tidak dikirim dari situs ini. Kembali, muat ulang halaman, lalu coba lagi.
error-rate-limited = Terlalu banyak percobaan. Tunggu sebentar, lalu coba lagi.
error-payload-too-large = Data yang Anda kirim terlalu besar.
error-invalid-token = Token akses tidak ada, salah, atau sudah dicabut.
error-internal = Terjadi kesalahan di pihak kami. Kesalahan ini sudah dicatat; silakan coba lagi nanti.
error-bad-request = Permintaan ini tidak dapat dipahami.
error-control-characters = Yang dikirim memuat karakter yang bukan teks (misalnya karakter null). Hapus karakter itu lalu coba lagi.
error-timeout = Ini memakan waktu terlalu lama. Silakan coba lagi.
error-unknown-language = Bahasa itu tidak tersedia.
flash-sign-in-first = Silakan masuk untuk melanjutkan.
flash-language-changed = Bahasa sudah diganti.

# Moments as people read them (the figures are filled in).
answer-yes = Ya
answer-no = Tidak
times-in-zone = Waktu dalam zona { $zone } ({ $offset }). Ubah di pengaturan akun Anda.
datetime-at = { $date } { $time } { $zone }
datetime-range = { $start } – { $end } { $zone }
error-unavailable = Layanan yang dibutuhkan platform tidak menjawab. Tidak ada yang disimpan; silakan coba lagi beberapa menit lagi.
choose-country = Pilih negara
confirm-cannot-undo = Langkah ini tidak dapat dibatalkan.
confirm-yes = Konfirmasi
confirm-cancel = Batal
