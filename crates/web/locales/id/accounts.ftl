# Akun dan akses: pendaftaran, masuk, profil, keamanan, administrasi, email.
save = Simpan
search = Cari
filter = Saring
actions = Tindakan
previous = Sebelumnya
next = Berikutnya
pagination = Halaman

field-display-name = Nama Anda
field-email = Alamat email
field-password = Kata sandi
field-current-password = Kata sandi saat ini
field-new-password = Kata sandi baru
field-new-email = Alamat email baru
field-time-zone = Zona waktu
field-time-zone-hint = Waktu di setiap halaman ditampilkan dalam zona ini; waktu yang Anda ketik dibaca dalam zona ini.
account-time-zone-automatic = Mengikuti negara peran saya (sekarang { $zone })
error-unknown-time-zone = Pilih zona waktu dari daftar.
field-language = Bahasa
field-code = Kode dari aplikasi autentikator Anda, atau kode pemulihan
password-hint = Minimal 10 karakter. Beberapa kata yang mudah Anda ingat membuat kata sandi yang kuat.

error-email-required = Masukkan alamat email Anda.
error-email-invalid = Ini tidak terlihat seperti alamat email, contohnya nama@example.org.
error-email-same = Ini sudah alamat email Anda.
error-email-taken = Alamat email ini sudah dipakai oleh akun lain.
error-password-required = Masukkan kata sandi Anda.
error-password-too-short = Kata sandi harus minimal 10 karakter.
error-password-too-long = Kata sandi maksimal 200 karakter.
error-password-wrong = Kata sandi ini salah.
error-name-required = Masukkan nama Anda.
error-name-invalid = Nama maksimal 100 karakter.
error-code-wrong = Kode ini salah atau sudah dipakai. Periksa jam di ponsel Anda, lalu coba kode yang terbaru.
error-token-name = Beri token ini nama, maksimal 80 karakter.
error-token-scope = Pilih hanya baca, atau baca dan tulis.
error-token-expires = Pilih kapan token kedaluwarsa.
error-role-unknown = Pilih peran.
error-scope-unknown = Pilih di mana peran ini berlaku.
error-scope-needs-network = Peran ini berlaku untuk seluruh jaringan.
error-scope-needs-subregion = Peran ini memerlukan subkawasan.
error-scope-needs-country = Peran ini memerlukan negara.
error-scope-needs-entity = Peran ini memerlukan entitas anggota: pilih "Entitas anggota" lalu masukkan nomornya.
error-scope-full = Satu negara paling banyak memiliki dua narahubung. Cabut peran dari salah satunya terlebih dahulu.
error-date-invalid = Masukkan tanggal dengan format YYYY-MM-DD.
error-changed-meanwhile = Sementara itu, orang lain sudah mengubah data ini. Muat ulang halaman, lalu coba lagi.

signup-title = Buat akun
signup-submit = Buat akun
signup-have-account = Sudah punya akun?
signup-done-title = Periksa email Anda
signup-done-text = Kami sudah mengirim pesan ke alamat yang Anda berikan. Buka tautan di dalamnya untuk mengonfirmasi alamat Anda, lalu masuk.

login-title = Masuk
login-submit = Masuk
login-failed = Alamat email atau kata sandi salah.
login-forgot = Lupa kata sandi?
login-two-factor-title = Verifikasi dua langkah
login-two-factor-intro = Masukkan kode 6 angka dari aplikasi autentikator Anda, atau salah satu kode pemulihan Anda.

verify-done-title = Alamat email sudah dikonfirmasi
verify-done-text = Terima kasih. Alamat email Anda sudah dikonfirmasi.
token-problem-title = Tautan ini tidak bisa dipakai
token-unknown = Tautan ini tidak valid. Pastikan Anda menyalin seluruh tautan.
token-expired = Tautan ini sudah kedaluwarsa. Mintalah tautan baru.
token-used = Tautan ini sudah pernah dipakai. Setiap tautan hanya berlaku sekali.

reset-title = Atur ulang kata sandi
reset-intro = Masukkan alamat email akun Anda. Kami akan mengirim tautan untuk memilih kata sandi baru.
reset-submit = Kirim tautan
reset-sent-title = Periksa email Anda
reset-sent-text = Jika ada akun dengan alamat ini, kami sudah mengirim tautan ke alamat tersebut untuk memilih kata sandi baru. Tautan ini berlaku selama satu jam.
reset-new-title = Pilih kata sandi baru
reset-new-submit = Simpan kata sandi baru
reset-again = Minta tautan baru

setup-title = Buat administrator pertama
setup-intro = Akun ini akan mengelola platform: pengguna, peran, pengaturan, dan cadangan data. Setelah membuatnya, aktifkan verifikasi dua langkah agar bisa memakai wewenang ini.
setup-submit = Buat administrator

account-title = Akun Anda
account-profile = Profil
account-email = Alamat email
account-verified = sudah dikonfirmasi
account-unverified = belum dikonfirmasi
account-resend-verification = Kirim ulang email konfirmasi
account-security = Keamanan
account-roles = Peran
account-no-roles = Belum ada peran.
password-title = Ganti kata sandi
email-title = Ganti alamat email
email-current = Alamat Anda saat ini: { $email }
email-submit = Kirim tautan konfirmasi
email-sent-title = Konfirmasi alamat baru Anda
email-sent-text = Kami sudah mengirim tautan ke alamat baru. Alamat Anda akan berganti setelah Anda membuka tautan itu.
email-changed-title = Alamat email sudah diganti
email-changed-text = Akun Anda sekarang memakai alamat baru.

sessions-title = Di mana Anda sedang masuk
sessions-device = Perangkat
sessions-address = Alamat
sessions-started = Waktu masuk
sessions-last-seen = Terakhir aktif
sessions-this-device = perangkat ini
sessions-end = Keluar dari perangkat itu
sessions-end-others = Keluar dari semua perangkat lain

two-factor-title = Verifikasi dua langkah
two-factor-on = aktif
two-factor-off = nonaktif
two-factor-set-up = Aktifkan verifikasi dua langkah
two-factor-intro = Dengan verifikasi dua langkah, untuk masuk Anda memerlukan kata sandi dan kode dari aplikasi autentikator di ponsel Anda.
two-factor-step-scan = Pindai kode ini dengan aplikasi autentikator, atau ketik kunci di bawah ini ke dalam aplikasi tersebut.
two-factor-step-code = Masukkan kode 6 angka yang ditampilkan aplikasi.
two-factor-qr-label = Kode QR untuk aplikasi autentikator Anda
two-factor-secret-label = Kunci:
two-factor-enable = Aktifkan
two-factor-on-text = Verifikasi dua langkah sudah aktif untuk akun Anda.
two-factor-codes-left = { $count ->
   *[other] Anda punya { $count } kode pemulihan yang belum dipakai.
}
two-factor-new-codes = Buat kode pemulihan baru
two-factor-disable = Nonaktifkan verifikasi dua langkah
two-factor-disable-hint = Ketik kata sandi Anda dan kode dari aplikasi autentikator (atau kode pemulihan). Sesi Anda yang lain dan token API Anda akan diakhiri.
two-factor-enable-hint = Sesi Anda yang lain dan token API Anda akan diakhiri: masuk lagi di sana dengan kode.
recovery-title = Kode pemulihan Anda
recovery-intro = Simpan kode-kode ini di tempat yang aman. Setiap kode bisa dipakai sekali untuk masuk jika ponsel Anda hilang. Kode ini hanya ditampilkan sekarang.
recovery-done = Saya sudah menyimpannya

tokens-title = Token API
tokens-intro = Token pribadi memungkinkan program memakai JSON API platform atas nama Anda. Rahasiakan token ini.
tokens-name = Nama
tokens-scope = Akses
tokens-scope-read = Hanya baca
tokens-scope-write = Baca dan tulis
tokens-created = Dibuat
tokens-last-used = Terakhir dipakai
tokens-never-used = belum pernah
tokens-expires = Kedaluwarsa
tokens-expires-never = tidak pernah
tokens-expires-days = dalam { $count } hari
tokens-expired = kedaluwarsa
tokens-revoke = Cabut
tokens-revoked = dicabut
tokens-create = Buat token
tokens-new-once = Salin token ini sekarang. Token ini tidak akan ditampilkan lagi.

role-administrator = Administrator
role-management = Manajemen ASEC
role-treasurer = Bendahara
role-subregion-coordinator = Koordinator subkawasan
role-focal-point = Narahubung negara
role-entity-representative = Perwakilan entitas
role-chair = Ketua
role-executive-secretary = Sekretaris eksekutif
role-communication-officer = Petugas komunikasi
role-ripess-representative = Perwakilan di RIPESS
scope-network = Seluruh jaringan
scope-entity = Entitas anggota { $id }

admin-users = Pengguna
admin-user-count = { $count ->
   *[other] { $count } akun
}
admin-admin-count = { $count ->
   *[other] { $count } administrator
}
admin-audit = Log audit
admin-audit-intro = Setiap perubahan: siapa, kapan, apa, sebelum dan sesudah.
admin-outbox = Kotak keluar
admin-smtp-on = Email dikirim melalui server SMTP yang sudah diatur.
admin-smtp-off = Belum ada server SMTP yang diatur: email tetap di sini, di kotak keluar, dan tidak terkirim.
admin-search = Nama atau email
admin-status = Status
admin-col-name = Nama
admin-col-email = Email
admin-col-verified = Email dikonfirmasi
admin-col-two-factor = Verifikasi dua langkah
admin-col-disabled = Dinonaktifkan
admin-created = Dibuat
admin-disable = Nonaktifkan akun
admin-enable = Aktifkan akun
admin-revoke = Cabut
admin-add-grant = Beri peran
admin-role = Peran
admin-scope = Berlaku di
scope-entity-option = Organisasi anggota (sebutkan di bawah)
admin-entity = Organisasi anggota
admin-entity-hint = Untuk peran perwakilan: sebagian nama organisasi, atau nomornya.
admin-entity-pick = Beberapa organisasi cocok: pilih satu
error-entity-required = Ketik nama atau nomor organisasi.
error-entity-unknown = Tidak ada organisasi dengan nomor ini.
error-entity-no-match = Tidak ada nama organisasi yang memuat kata-kata ini.
error-entity-several = Beberapa organisasi cocok; pilih satu di bawah dan tambahkan peran lagi.
error-entity-too-many = Banyak organisasi cocok; pilih satu di bawah atau ketik lebih banyak dari namanya.
audit-actor = Siapa
audit-action = Tindakan
audit-when = Kapan
audit-object = Objek
audit-before = Sebelum
audit-after = Sesudah
audit-object-type = Jenis objek
audit-object-id = ID objek
audit-from = Dari
audit-to = Sampai
audit-empty = Tidak ada perubahan yang cocok.
audit-system = sistem
outbox-to = Kepada
outbox-subject = Subjek
outbox-attempts = { $count ->
   *[other] { $count } percobaan
}
outbox-status-pending = menunggu
outbox-status-sending = sedang dikirim
outbox-status-sent = terkirim
outbox-status-failed = gagal

flash-signed-in = Anda sudah masuk.
flash-signed-out = Anda sudah keluar.
flash-admin-created = Administrator sudah dibuat. Aktifkan verifikasi dua langkah sekarang untuk memakai wewenang administrator.
flash-already-verified = Alamat email Anda sudah dikonfirmasi.
flash-verification-sent = Kami sudah mengirim ulang email konfirmasi.
flash-profile-saved = Profil disimpan.
flash-password-changed = Kata sandi sudah diganti. Anda sudah dikeluarkan dari perangkat lain.
flash-password-reset = Kata sandi Anda sudah diganti. Masuklah dengan kata sandi baru.
flash-session-ended = Sudah keluar dari perangkat itu.
flash-sessions-ended = Sudah keluar dari semua perangkat lain.
flash-two-factor-already-on = Verifikasi dua langkah sudah aktif.
flash-two-factor-off = Verifikasi dua langkah sudah dinonaktifkan.
flash-two-factor-already-off = Verifikasi dua langkah sudah nonaktif.
flash-two-factor-expired = Proses masuk terlalu lama. Silakan mulai lagi.
flash-token-revoked = Token dicabut. Program yang memakainya tidak bisa masuk lagi.
flash-grant-added = Peran sudah diberikan.
flash-grant-exists = Orang ini sudah memiliki peran itu.
flash-grant-revoked = Peran sudah dicabut.
flash-last-administrator = Platform memerlukan setidaknya satu administrator. Berikan peran ini kepada orang lain dulu.
flash-cannot-disable-self = Anda tidak bisa menonaktifkan akun Anda sendiri.
flash-user-disabled = Akun dinonaktifkan dan dikeluarkan dari semua perangkat.
flash-user-enabled = Akun diaktifkan.

mail-verify-subject = Konfirmasi alamat email Anda untuk { $network }
mail-verify-body = Halo { $name },

    Silakan konfirmasi alamat email Anda dengan membuka tautan ini:

    { $link }

    Tautan ini berlaku selama 48 jam. Jika Anda tidak membuat akun, abaikan saja pesan ini.
mail-already-registered-subject = Seseorang mencoba membuat akun dengan alamat Anda
mail-already-registered-body = Halo { $name },

    Seseorang, mungkin Anda sendiri, mencoba membuat akun baru dengan alamat email ini, padahal Anda sudah punya akun.

    Untuk masuk: { $login_link }
    Jika Anda lupa kata sandi: { $reset_link }

    Jika itu bukan Anda, abaikan saja pesan ini.
mail-reset-subject = Pilih kata sandi baru untuk { $network }
mail-reset-body = Halo { $name },

    Untuk memilih kata sandi baru, buka tautan ini:

    { $link }

    Tautan ini berlaku selama satu jam dan hanya sekali pakai. Jika Anda tidak memintanya, abaikan saja pesan ini; kata sandi Anda tidak berubah.
mail-confirm-email-subject = Konfirmasi alamat email baru Anda untuk { $network }
mail-confirm-email-body = Halo { $name },

    Untuk memakai alamat ini untuk akun Anda, buka tautan ini:

    { $link }

    Tautan ini berlaku selama 48 jam. Jika Anda tidak memintanya, abaikan saja pesan ini.
mail-email-changed-subject = Alamat email Anda sudah diganti
mail-email-changed-body = Halo { $name },

    Akun Anda sekarang memakai alamat { $new_email }. Jika bukan Anda yang melakukannya, segera atur ulang kata sandi Anda dan beri tahu administrator platform.
mail-password-changed-subject = Kata sandi Anda sudah diganti
mail-password-changed-body = Halo { $name },

    Kata sandi akun Anda baru saja diganti. Jika bukan Anda yang melakukannya, segera atur ulang kata sandi Anda dan beri tahu administrator platform.
mail-two-factor-on-subject = Verifikasi dua langkah aktif
mail-two-factor-on-body = Halo { $name },

    Verifikasi dua langkah sekarang aktif untuk akun Anda. Simpan kode pemulihan Anda di tempat yang aman.
mail-two-factor-off-subject = Verifikasi dua langkah dinonaktifkan
mail-two-factor-off-body = Halo { $name },

    Verifikasi dua langkah untuk akun Anda sudah dinonaktifkan. Jika bukan Anda yang melakukannya, segera atur ulang kata sandi Anda dan beri tahu administrator platform.

nav-notifications = Notifikasi
notifications-title = Notifikasi
notifications-empty = Belum ada. Jika ada yang memerlukan Anda, Anda akan menemukannya di sini dan di email Anda.
notifications-mark-read = Tandai semua sudah dibaca
notifications-new = baru
flash-notifications-read = Semua notifikasi ditandai sudah dibaca.

## A person's home: what waits for them
nav-my-work = Pekerjaan saya
me-title = Yang menunggu Anda
me-intro = Setiap baris adalah pekerjaan Anda, dengan tempat mengerjakannya.
me-nothing = Saat ini tidak ada yang menunggu Anda.
me-due = Batas { $when }
me-account = Pengaturan akun Anda
waiting-two-factor = Peran Anda memerlukan faktor kedua: aktifkan untuk menggunakannya
waiting-verify-email = Konfirmasi alamat email Anda
waiting-notifications = { $count ->
   *[other] { $count } notifikasi belum dibaca
}

## Told when a role is given or taken away
mail-role-granted-subject = Anda kini memegang peran: { $role }, { $scope }
mail-role-granted-body = Halo { $name },

    Anda diberi peran { $role } ({ $scope }). Pekerjaan yang menunggu Anda dalam peran ini ada di beranda Anda:

    { $link }
mail-role-revoked-subject = Anda tidak lagi memegang peran: { $role }, { $scope }
mail-role-revoked-body = Halo { $name },

    Peran { $role } ({ $scope }) dicabut dari akun Anda. Jika menurut Anda ini keliru, beri tahu administrator platform.

## The audit log in words
audit-download-csv = Unduh tampilan ini sebagai CSV
audit-action-api-token-create = Membuat token API
audit-action-api-token-revoke = Mencabut token API
audit-action-country-set-chat-link = Menetapkan tautan obrolan negara
audit-action-decision-action-add = Menambahkan tindak lanjut
audit-action-decision-action-done = Menandai tindak lanjut selesai
audit-action-demo-load = Memuat jaringan demo
audit-action-directory-licence = Mengubah lisensi data terbuka
audit-action-entity-create = Memulai permohonan
audit-action-entity-generate = Membuat anggota contoh
audit-action-entity-import = Mengimpor anggota
audit-action-entity-logo = Mengubah logo
audit-action-entity-logo-moved = Memindahkan logo ke penyimpanan berkas
audit-action-entity-status = Mengambil langkah keanggotaan
audit-action-entity-test-seed = Menambahkan anggota uji
audit-action-entity-update = Mengubah profil
audit-action-governance-delegation = Mengubah siapa yang boleh membuka usulan
audit-action-grant-create = Memberikan peran
audit-action-grant-revoke = Mencabut peran
audit-action-meeting-attendance = Mencatat kehadiran
audit-action-meeting-create = Merencanakan rapat
audit-action-meeting-decision = Mencatat keputusan rapat
audit-action-meeting-minutes-approve = Menyetujui notulen
audit-action-meeting-minutes-draft = Menyusun draf notulen
audit-action-meeting-plan = Merencanakan rapat
audit-action-meeting-register = Mendaftar untuk rapat
audit-action-mou-publish = Menerbitkan versi MOU
audit-action-project-create = Menambahkan proyek
audit-action-project-delete = Menghapus proyek
audit-action-project-demo = Menambahkan proyek demo
audit-action-project-feature = Menampilkan atau berhenti menampilkan proyek
audit-action-project-photo-add = Menambahkan foto
audit-action-project-photo-moved = Memindahkan foto ke penyimpanan berkas
audit-action-project-photo-remove = Menghapus foto
audit-action-project-update = Mengubah proyek
audit-action-proposal-attach = Melampirkan berkas
audit-action-proposal-attachment-moved = Memindahkan lampiran ke penyimpanan berkas
audit-action-proposal-close = Menutup usulan
audit-action-proposal-open = Membuka usulan
audit-action-proposal-position = Menyatakan posisi negara
audit-action-proposal-stance = Menyatakan sikap organisasi
audit-action-session-create = Masuk
audit-action-session-end = Mengakhiri sesi
audit-action-session-end-others = Mengakhiri sesi lainnya
audit-action-user-change-email = Mengubah alamat email
audit-action-user-change-password = Mengubah kata sandi
audit-action-user-create = Membuat akun
audit-action-user-disable = Menonaktifkan akun
audit-action-user-enable = Mengaktifkan akun
audit-action-user-disable-two-factor = Menonaktifkan masuk dua faktor
audit-action-user-enable-two-factor = Mengaktifkan masuk dua faktor
audit-action-user-regenerate-recovery-codes = Membuat kode pemulihan baru
audit-action-user-reset-password = Mengatur ulang kata sandi
audit-action-user-update-profile = Mengubah akunnya
audit-action-user-verify-email = Mengonfirmasi alamat email
audit-type-api-token = Token API
audit-type-country = Jaringan negara
audit-type-decision = Keputusan
audit-type-entity = Anggota
audit-type-meeting = Rapat
audit-type-mou = MOU
audit-type-network = Jaringan
audit-type-project = Proyek
audit-type-proposal = Usulan
audit-type-role-grant = Peran
audit-type-session = Sesi
audit-type-setting = Pengaturan
audit-type-user = Akun
