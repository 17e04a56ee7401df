# Akaun dan akses: pendaftaran, log masuk, profil, keselamatan, pentadbiran, e-mel.
save = Simpan
search = Cari
filter = Tapis
actions = Tindakan
previous = Sebelumnya
next = Seterusnya
pagination = Halaman

field-display-name = Nama anda
field-email = Alamat e-mel
field-password = Kata laluan
field-current-password = Kata laluan semasa
field-new-password = Kata laluan baharu
field-new-email = Alamat e-mel baharu
field-time-zone = Zon waktu
field-time-zone-hint = Masa di setiap halaman dipaparkan dalam zon ini; masa yang anda taip dibaca dalam zon ini.
account-time-zone-automatic = Mengikut negara peranan saya (kini { $zone })
error-unknown-time-zone = Pilih zon waktu daripada senarai.
field-language = Bahasa
field-code = Kod daripada aplikasi pengesah anda, atau kod pemulihan
password-hint = Sekurang-kurangnya 10 aksara. Beberapa perkataan yang mudah anda ingat menjadikan kata laluan yang kukuh.

error-email-required = Sila masukkan alamat e-mel anda.
error-email-invalid = Ini tidak kelihatan seperti alamat e-mel, contohnya nama@example.org.
error-email-same = Ini sudah pun alamat e-mel anda.
error-email-taken = Alamat e-mel ini sudah digunakan oleh akaun lain.
error-password-required = Sila masukkan kata laluan anda.
error-password-too-short = Kata laluan mesti sekurang-kurangnya 10 aksara.
error-password-too-long = Kata laluan tidak boleh melebihi 200 aksara.
error-password-wrong = Kata laluan ini tidak betul.
error-name-required = Sila masukkan nama anda.
error-name-invalid = Nama tidak boleh melebihi 100 aksara.
error-code-wrong = Kod ini tidak betul atau sudah digunakan. Semak masa pada telefon anda dan cuba kod yang terbaharu.
error-token-name = Beri token ini nama yang tidak melebihi 80 aksara.
error-token-scope = Pilih baca sahaja, atau baca dan tulis.
error-token-expires = Pilih bila token tamat tempoh.
error-role-unknown = Pilih peranan.
error-scope-unknown = Pilih di mana peranan ini berlaku.
error-scope-needs-network = Peranan ini berlaku untuk seluruh rangkaian.
error-scope-needs-subregion = Peranan ini memerlukan subrantau.
error-scope-needs-country = Peranan ini memerlukan negara.
error-scope-needs-entity = Peranan ini memerlukan entiti ahli: pilih "Entiti ahli" dan masukkan nombornya.
error-scope-full = Sesebuah negara boleh mempunyai paling banyak dua penghubung. Tarik balik peranan salah seorang daripada mereka dahulu.
error-date-invalid = Masukkan tarikh dalam format YYYY-MM-DD.
error-changed-meanwhile = Sementara itu, orang lain telah mengubah data ini. Muat semula halaman dan cuba lagi.

signup-title = Cipta akaun
signup-submit = Cipta akaun
signup-have-account = Sudah ada akaun?
signup-done-title = Semak e-mel anda
signup-done-text = Kami telah menghantar mesej ke alamat yang anda berikan. Ikut pautan di dalamnya untuk mengesahkan alamat anda, kemudian log masuk.

login-title = Log masuk
login-submit = Log masuk
login-failed = Alamat e-mel atau kata laluan tidak betul.
login-forgot = Terlupa kata laluan?
login-two-factor-title = Pengesahan dua faktor
login-two-factor-intro = Masukkan kod 6 digit daripada aplikasi pengesah anda, atau salah satu kod pemulihan anda.

verify-done-title = Alamat e-mel disahkan
verify-done-text = Terima kasih. Alamat e-mel anda telah disahkan.
token-problem-title = Pautan ini tidak boleh digunakan
token-unknown = Pautan ini tidak sah. Pastikan anda menyalin keseluruhan pautan.
token-expired = Pautan ini telah tamat tempoh. Mintalah pautan baharu.
token-used = Pautan ini sudah digunakan. Setiap pautan hanya boleh digunakan sekali.

reset-title = Tetapkan semula kata laluan anda
reset-intro = Masukkan alamat e-mel akaun anda. Kami akan menghantar pautan untuk memilih kata laluan baharu.
reset-submit = Hantar pautan
reset-sent-title = Semak e-mel anda
reset-sent-text = Jika ada akaun yang menggunakan alamat ini, kami telah menghantar pautan ke alamat itu untuk memilih kata laluan baharu. Pautan ini sah selama satu jam.
reset-new-title = Pilih kata laluan baharu
reset-new-submit = Simpan kata laluan baharu
reset-again = Minta pautan baharu

setup-title = Cipta pentadbir pertama
setup-intro = Akaun ini akan mengurus platform: pengguna, peranan, tetapan dan sandaran. Selepas menciptanya, hidupkan pengesahan dua faktor untuk menggunakan kuasa ini.
setup-submit = Cipta pentadbir

account-title = Akaun anda
account-profile = Profil
account-email = Alamat e-mel
account-verified = disahkan
account-unverified = belum disahkan
account-resend-verification = Hantar semula e-mel pengesahan
account-security = Keselamatan
account-roles = Peranan
account-no-roles = Belum ada peranan.
password-title = Tukar kata laluan
email-title = Tukar alamat e-mel
email-current = Alamat anda sekarang: { $email }
email-submit = Hantar pautan pengesahan
email-sent-title = Sahkan alamat baharu anda
email-sent-text = Kami telah menghantar pautan ke alamat baharu. Alamat anda akan bertukar apabila anda membuka pautan itu.
email-changed-title = Alamat e-mel telah ditukar
email-changed-text = Akaun anda kini menggunakan alamat baharu.

sessions-title = Di mana anda sedang log masuk
sessions-device = Peranti
sessions-address = Alamat
sessions-started = Masa log masuk
sessions-last-seen = Aktif terakhir
sessions-this-device = peranti ini
sessions-end = Log keluar dari peranti itu
sessions-end-others = Log keluar dari semua peranti lain

two-factor-title = Pengesahan dua faktor
two-factor-on = hidup
two-factor-off = mati
two-factor-set-up = Hidupkan pengesahan dua faktor
two-factor-intro = Dengan pengesahan dua faktor, anda memerlukan kata laluan dan kod daripada aplikasi pengesah di telefon anda untuk log masuk.
two-factor-step-scan = Imbas kod ini dengan aplikasi pengesah, atau taip kunci di bawah ke dalam aplikasi itu.
two-factor-step-code = Masukkan kod 6 digit yang dipaparkan oleh aplikasi.
two-factor-qr-label = Kod QR untuk aplikasi pengesah anda
two-factor-secret-label = Kunci:
two-factor-enable = Hidupkan
two-factor-on-text = Pengesahan dua faktor dihidupkan untuk akaun anda.
two-factor-codes-left = { $count ->
   *[other] Anda mempunyai { $count } kod pemulihan yang belum digunakan.
}
two-factor-new-codes = Jana kod pemulihan baharu
two-factor-disable = Matikan pengesahan dua faktor
two-factor-disable-hint = Taip kata laluan anda dan kod daripada aplikasi pengesah (atau kod pemulihan). Sesi anda yang lain dan token API anda akan ditamatkan.
two-factor-enable-hint = Sesi anda yang lain dan token API anda akan ditamatkan: log masuk semula di sana dengan kod.
recovery-title = Kod pemulihan anda
recovery-intro = Simpan kod ini di tempat yang selamat. Setiap kod membolehkan anda log masuk sekali jika telefon anda hilang. Kod ini hanya dipaparkan sekarang.
recovery-done = Saya sudah menyimpannya

tokens-title = Token API
tokens-intro = Token peribadi membolehkan program menggunakan JSON API platform ini bagi pihak anda. Rahsiakan token ini.
tokens-name = Nama
tokens-scope = Akses
tokens-scope-read = Baca sahaja
tokens-scope-write = Baca dan tulis
tokens-created = Dicipta
tokens-last-used = Terakhir digunakan
tokens-never-used = belum pernah
tokens-expires = Tamat tempoh
tokens-expires-never = tidak pernah
tokens-expires-days = dalam { $count } hari
tokens-expired = tamat tempoh
tokens-revoke = Tarik balik
tokens-revoked = ditarik balik
tokens-create = Cipta token
tokens-new-once = Salin token ini sekarang. Token ini tidak akan dipaparkan lagi.

role-administrator = Pentadbir
role-management = Pengurusan ASEC
role-treasurer = Bendahari
role-subregion-coordinator = Penyelaras subrantau
role-focal-point = Penghubung negara
role-entity-representative = Wakil entiti
role-chair = Pengerusi
role-executive-secretary = Setiausaha eksekutif
role-communication-officer = Pegawai komunikasi
role-ripess-representative = Wakil ke RIPESS
scope-network = Seluruh rangkaian
scope-entity = Entiti ahli { $id }

admin-users = Pengguna
admin-user-count = { $count ->
   *[other] { $count } akaun
}
admin-admin-count = { $count ->
   *[other] { $count } pentadbir
}
admin-audit = Log audit
admin-audit-intro = Setiap perubahan: siapa, bila, apa, sebelum dan selepas.
admin-outbox = Peti keluar
admin-smtp-on = E-mel dihantar melalui pelayan SMTP yang telah ditetapkan.
admin-smtp-off = Tiada pelayan SMTP ditetapkan: e-mel kekal di sini, dalam peti keluar, dan tidak dihantar.
admin-search = Nama atau e-mel
admin-status = Status
admin-col-name = Nama
admin-col-email = E-mel
admin-col-verified = E-mel disahkan
admin-col-two-factor = Pengesahan dua faktor
admin-col-disabled = Dinyahdayakan
admin-created = Dicipta
admin-disable = Nyahaktifkan akaun
admin-enable = Aktifkan akaun
admin-revoke = Tarik balik
admin-add-grant = Beri peranan
admin-role = Peranan
admin-scope = Berlaku di
scope-entity-option = Organisasi ahli (dinamakan di bawah)
admin-entity = Organisasi ahli
admin-entity-hint = Untuk peranan wakil: sebahagian nama organisasi, atau nombornya.
admin-entity-pick = Beberapa organisasi sepadan: pilih satu
error-entity-required = Taip nama atau nombor organisasi.
error-entity-unknown = Tiada organisasi dengan nombor ini.
error-entity-no-match = Tiada nama organisasi yang mengandungi perkataan ini.
error-entity-several = Beberapa organisasi sepadan; pilih satu di bawah dan tambah peranan sekali lagi.
error-entity-too-many = Banyak organisasi sepadan; pilih satu di bawah atau taip lebih banyak daripada namanya.
audit-actor = Siapa
audit-action = Tindakan
audit-when = Bila
audit-object = Objek
audit-before = Sebelum
audit-after = Selepas
audit-object-type = Jenis objek
audit-object-id = ID objek
audit-from = Dari
audit-to = Hingga
audit-empty = Tiada perubahan yang sepadan.
audit-system = sistem
outbox-to = Kepada
outbox-subject = Subjek
outbox-attempts = { $count ->
   *[other] { $count } cubaan
}
outbox-status-pending = menunggu
outbox-status-sending = sedang dihantar
outbox-status-sent = dihantar
outbox-status-failed = gagal

flash-signed-in = Anda telah log masuk.
flash-signed-out = Anda telah log keluar.
flash-admin-created = Pentadbir telah dicipta. Hidupkan pengesahan dua faktor sekarang untuk menggunakan kuasa pentadbir.
flash-already-verified = Alamat e-mel anda sudah disahkan.
flash-verification-sent = Kami telah menghantar semula e-mel pengesahan.
flash-profile-saved = Profil disimpan.
flash-password-changed = Kata laluan telah ditukar. Anda telah dilog keluar daripada peranti anda yang lain.
flash-password-reset = Kata laluan anda telah ditukar. Log masuk dengan kata laluan baharu.
flash-session-ended = Telah log keluar dari peranti itu.
flash-sessions-ended = Telah log keluar dari semua peranti lain.
flash-two-factor-already-on = Pengesahan dua faktor sudah dihidupkan.
flash-two-factor-off = Pengesahan dua faktor telah dimatikan.
flash-two-factor-already-off = Pengesahan dua faktor sudah dimatikan.
flash-two-factor-expired = Log masuk mengambil masa terlalu lama. Sila mula semula.
flash-token-revoked = Token ditarik balik. Program yang menggunakannya tidak boleh log masuk lagi.
flash-grant-added = Peranan diberikan.
flash-grant-exists = Orang ini sudah mempunyai peranan itu.
flash-grant-revoked = Peranan ditarik balik.
flash-last-administrator = Platform ini memerlukan sekurang-kurangnya seorang pentadbir. Beri peranan ini kepada orang lain dahulu.
flash-cannot-disable-self = Anda tidak boleh menyahaktifkan akaun anda sendiri.
flash-user-disabled = Akaun dinyahaktifkan dan dilog keluar dari semua peranti.
flash-user-enabled = Akaun diaktifkan.

mail-verify-subject = Sahkan alamat e-mel anda untuk { $network }
mail-verify-body = Salam { $name },

    Sila sahkan alamat e-mel anda dengan membuka pautan ini:

    { $link }

    Pautan ini sah selama 48 jam. Jika anda tidak mendaftar akaun, abaikan sahaja mesej ini.
mail-already-registered-subject = Seseorang cuba mendaftar akaun dengan alamat anda
mail-already-registered-body = Salam { $name },

    Seseorang, mungkin anda sendiri, cuba mendaftar akaun baharu dengan alamat e-mel ini, tetapi anda sudah mempunyai akaun.

    Untuk log masuk: { $login_link }
    Jika anda terlupa kata laluan: { $reset_link }

    Jika itu bukan anda, abaikan sahaja mesej ini.
mail-reset-subject = Pilih kata laluan baharu untuk { $network }
mail-reset-body = Salam { $name },

    Untuk memilih kata laluan baharu, buka pautan ini:

    { $link }

    Pautan ini sah selama satu jam dan hanya boleh digunakan sekali. Jika anda tidak memintanya, abaikan sahaja mesej ini; kata laluan anda tidak berubah.
mail-confirm-email-subject = Sahkan alamat e-mel baharu anda untuk { $network }
mail-confirm-email-body = Salam { $name },

    Untuk menggunakan alamat ini bagi akaun anda, buka pautan ini:

    { $link }

    Pautan ini sah selama 48 jam. Jika anda tidak memintanya, abaikan sahaja mesej ini.
mail-email-changed-subject = Alamat e-mel anda telah ditukar
mail-email-changed-body = Salam { $name },

    Akaun anda kini menggunakan alamat { $new_email }. Jika bukan anda yang melakukannya, tetapkan semula kata laluan anda dengan segera dan maklumkan kepada pentadbir platform.
mail-password-changed-subject = Kata laluan anda telah ditukar
mail-password-changed-body = Salam { $name },

    Kata laluan akaun anda baru sahaja ditukar. Jika bukan anda yang melakukannya, tetapkan semula kata laluan anda dengan segera dan maklumkan kepada pentadbir platform.
mail-two-factor-on-subject = Pengesahan dua faktor dihidupkan
mail-two-factor-on-body = Salam { $name },

    Pengesahan dua faktor kini dihidupkan untuk akaun anda. Simpan kod pemulihan anda di tempat yang selamat.
mail-two-factor-off-subject = Pengesahan dua faktor dimatikan
mail-two-factor-off-body = Salam { $name },

    Pengesahan dua faktor telah dimatikan untuk akaun anda. Jika bukan anda yang melakukannya, tetapkan semula kata laluan anda dengan segera dan maklumkan kepada pentadbir platform.

nav-notifications = Pemberitahuan
notifications-title = Pemberitahuan
notifications-empty = Belum ada apa-apa. Jika ada perkara yang memerlukan anda, anda akan menemuinya di sini dan dalam e-mel anda.
notifications-mark-read = Tandakan semua sudah dibaca
notifications-new = baharu
flash-notifications-read = Semua pemberitahuan telah ditandakan sebagai sudah dibaca.

## A person's home: what waits for them
nav-my-work = Kerja saya
me-title = Yang menanti anda
me-intro = Setiap baris ialah kerja anda, dengan tempat untuk melakukannya.
me-nothing = Tiada apa-apa yang menanti anda buat masa ini.
me-due = Tarikh akhir { $when }
me-account = Tetapan akaun anda
waiting-two-factor = Peranan anda memerlukan faktor kedua: hidupkannya untuk menggunakannya
waiting-verify-email = Sahkan alamat e-mel anda
waiting-notifications = { $count ->
   *[other] { $count } pemberitahuan belum dibaca
}

## Told when a role is given or taken away
mail-role-granted-subject = Anda kini memegang peranan: { $role }, { $scope }
mail-role-granted-body = Helo { $name },

    Anda diberi peranan { $role } ({ $scope }). Kerja yang menanti anda dalam peranan ini ada di laman utama anda:

    { $link }
mail-role-revoked-subject = Anda tidak lagi memegang peranan: { $role }, { $scope }
mail-role-revoked-body = Helo { $name },

    Peranan { $role } ({ $scope }) telah ditarik balik daripada akaun anda. Jika anda fikir ini satu kesilapan, maklumkan kepada pentadbir platform.

## The audit log in words
audit-download-csv = Muat turun paparan ini sebagai CSV
audit-action-api-token-create = Mencipta token API
audit-action-api-token-revoke = Membatalkan token API
audit-action-country-set-chat-link = Menetapkan pautan sembang negara
audit-action-decision-action-add = Menambah tindakan susulan
audit-action-decision-action-done = Menandakan tindakan susulan selesai
audit-action-demo-load = Memuatkan rangkaian demo
audit-action-directory-licence = Menukar lesen data terbuka
audit-action-entity-create = Memulakan permohonan
audit-action-entity-generate = Menjana ahli contoh
audit-action-entity-import = Mengimport ahli
audit-action-entity-logo = Menukar logo
audit-action-entity-logo-moved = Memindahkan logo ke stor fail
audit-action-entity-status = Mengambil langkah keahlian
audit-action-entity-test-seed = Menambah ahli ujian
audit-action-entity-update = Menukar profil
audit-action-governance-delegation = Menukar siapa yang boleh membuka cadangan
audit-action-grant-create = Memberi peranan
audit-action-grant-revoke = Menarik balik peranan
audit-action-meeting-attendance = Merekod kehadiran
audit-action-meeting-create = Merancang mesyuarat
audit-action-meeting-decision = Merekod keputusan mesyuarat
audit-action-meeting-minutes-approve = Meluluskan minit
audit-action-meeting-minutes-draft = Mendraf minit
audit-action-meeting-plan = Merancang mesyuarat
audit-action-meeting-register = Mendaftar untuk mesyuarat
audit-action-mou-publish = Menerbitkan versi MOU
audit-action-project-create = Menambah projek
audit-action-project-delete = Memadam projek
audit-action-project-demo = Menambah projek demo
audit-action-project-feature = Menampilkan atau berhenti menampilkan projek
audit-action-project-photo-add = Menambah foto
audit-action-project-photo-moved = Memindahkan foto ke stor fail
audit-action-project-photo-remove = Membuang foto
audit-action-project-update = Menukar projek
audit-action-proposal-attach = Melampirkan fail
audit-action-proposal-attachment-moved = Memindahkan lampiran ke stor fail
audit-action-proposal-close = Menutup cadangan
audit-action-proposal-open = Membuka cadangan
audit-action-proposal-position = Menyatakan pendirian negara
audit-action-proposal-stance = Menyatakan pendirian organisasi
audit-action-session-create = Log masuk
audit-action-session-end = Menamatkan sesi
audit-action-session-end-others = Menamatkan sesi lain
audit-action-user-change-email = Menukar alamat e-mel
audit-action-user-change-password = Menukar kata laluan
audit-action-user-create = Mencipta akaun
audit-action-user-disable = Menyahdayakan akaun
audit-action-user-enable = Mendayakan akaun
audit-action-user-disable-two-factor = Mematikan log masuk dua faktor
audit-action-user-enable-two-factor = Menghidupkan log masuk dua faktor
audit-action-user-regenerate-recovery-codes = Membuat kod pemulihan baharu
audit-action-user-reset-password = Menetapkan semula kata laluan
audit-action-user-update-profile = Menukar akaunnya
audit-action-user-verify-email = Mengesahkan alamat e-mel
audit-type-api-token = Token API
audit-type-country = Rangkaian negara
audit-type-decision = Keputusan
audit-type-entity = Ahli
audit-type-meeting = Mesyuarat
audit-type-mou = MOU
audit-type-network = Rangkaian
audit-type-project = Projek
audit-type-proposal = Cadangan
audit-type-role-grant = Peranan
audit-type-session = Sesi
audit-type-setting = Tetapan
audit-type-user = Akaun
