# Keputusan bersama: usulan, konsultasi negara, posisi, daftar keputusan.
nav-governance = Keputusan
proposals-title = Usulan
proposals-intro = Dewan memutuskan bersama: setiap jaringan negara menyusun posisinya dari sikap para anggotanya, lalu narahubung negara menyampaikan posisi tersebut.
proposals-none = Belum ada usulan.
proposal-open = Ajukan usulan
proposal-title = Judul
proposal-background = Latar belakang
proposal-question = Pertanyaan
proposal-rule = Aturan pengambilan keputusan
proposal-rule-hint = Dengan konsensus, usulan diterima jika tidak ada negara yang memblokir dan cukup banyak negara ikut serta; dengan mayoritas, jumlah negara yang setuju dibandingkan dengan jumlah negara yang tidak setuju.
proposal-who = Siapa yang memutuskan
proposal-whole-network = Semua negara dalam jaringan
proposal-quorum = Kuorum (jumlah negara yang ikut serta)
proposal-quorum-hint = Paling banyak sama dengan jumlah negara yang memutuskan. Abstain juga dihitung sebagai ikut serta.
proposal-opens = Dibuka
proposal-closes = Ditutup
proposal-times-hint = Kosongkan waktu pembukaan untuk langsung membukanya sekarang.
proposal-public = Publik: pengunjung dapat membaca usulan ini beserta hasilnya
proposal-phase = Status
proposal-members-only = khusus anggota
proposal-countries = { $count ->
    [one] satu negara
   *[other] { $count } negara
}
proposal-countries-title = Posisi negara
proposal-close-now = Tutup sekarang dan hitung posisi
phase-upcoming = Belum dibuka
phase-open = Terbuka untuk penyampaian posisi
phase-closed = Ditutup
rule-consensus = Konsensus
rule-majority = Mayoritas sederhana
rule-two-thirds = Mayoritas dua pertiga
answer-agree = Setuju
answer-abstain = Abstain
answer-disagree = Tidak setuju
answer-block = Blokir
outcome-passed = Diterima
outcome-rejected = Ditolak
outcome-blocked = Diblokir
outcome-no-quorum = Kuorum tidak tercapai
stance-of = Sikap { $entity }
stance-current = Sikap Anda saat ini:
stance-answer = Sikap
stance-reason = Alasan
stance-reason-hint = Jika memblokir, alasannya wajib dituliskan. Anda dapat mengubah sikap sampai usulan ditutup.
stance-save = Simpan sikap
stance-none = Belum ada sikap
desk-title = Posisi { $country }
desk-no-members = Negara ini belum punya anggota aktif.
desk-member = Anggota
position-current = Posisi negara Anda saat ini:
position-answer = Posisi
position-rationale = Dasar pertimbangan
position-hint = Posisi dapat diubah sampai usulan ditutup; setiap perubahan tetap tersimpan.
position-save = Sampaikan posisi
position-none = Tidak ada posisi
position-taken = Posisi sudah disampaikan
positions-published-at-close = Posisi setiap negara diumumkan bersama hasilnya saat usulan ditutup.
position-history = Semua posisi yang pernah disampaikan
register-title = Daftar keputusan
register-intro = Setiap keputusan dewan, beserta aturan dan hasilnya, serta tindak lanjutnya: siapa yang mengerjakannya dan kapan tenggatnya.
register-none = Belum ada keputusan.
action-description = Tindak lanjut
action-owner = Penanggung jawab
action-due = Tenggat
action-status = Status
action-done = Selesai
action-in-progress = Sedang berjalan
action-overdue = Lewat tenggat
action-add = Tambahkan tindak lanjut
action-mark-done = Tandai selesai
error-proposal-title-required = Beri judul pada usulan.
error-proposal-question-required = Tuliskan pertanyaan yang akan dijawab oleh negara-negara.
error-rule-unknown = Pilih aturan pengambilan keputusan.
error-quorum = Kuorum adalah jumlah negara, paling sedikit 1.
error-quorum-too-large = Kuorum melebihi jumlah negara yang memutuskan.
error-moment = Tulis waktu dengan format YYYY-MM-DDTHH:MM, dalam zona waktu Anda.
error-closes-before-opens = Usulan harus ditutup setelah dibuka.
error-closes-in-past = Waktu penutupan sudah lewat.
error-answer-unknown = Pilih salah satu jawaban yang tersedia.
error-block-needs-reason = Jika memblokir, alasannya wajib dituliskan.
error-proposal-not-open = Usulan ini tidak terbuka untuk penyampaian posisi: usulan sudah ditutup atau belum dibuka.
error-country-not-deciding = Negara ini tidak ikut memutuskan usulan ini.
error-action-description = Jelaskan tindak lanjutnya (paling banyak 500 karakter).
error-action-owner = Sebutkan siapa yang mengerjakan tindak lanjut ini.
flash-proposal-opened = Usulan sudah dibuka.
flash-proposal-closed = Usulan sudah ditutup dan hasilnya tercatat di daftar keputusan.
flash-stance-saved = Sikap disimpan.
flash-position-saved = Posisi negara disimpan.
flash-action-added = Tindak lanjut sudah ditambahkan.
flash-action-done = Tindak lanjut sudah ditandai selesai.
governance-reminder-subject = Posisi negara Anda ditunggu: { $title }
governance-reminder-body = Usulan "{ $title }" ditutup pada { $closes }, dan negara Anda belum menyampaikan posisi. Lihat sikap para anggota Anda, lalu sampaikan posisi negara Anda di platform.
structure-title = Susunan dewan
structure-intro = Siapa memegang setiap jabatan, siapa mengoordinasikan setiap subkawasan dan siapa narahubung setiap jaringan negara, menurut peran di platform saat ini.
structure-offices = Jabatan
structure-coordinators = Koordinator
structure-vacant = Kosong
meetings-title = Rapat dan sidang umum
meetings-none = Belum ada rapat.
meetings-calendar-feed = Umpan kalender (iCalendar)
meeting-plan = Rencanakan rapat
meeting-title = Judul
meeting-kind = Jenis
meeting-kind-online = Rapat daring
meeting-kind-in-person = Rapat tatap muka
meeting-kind-assembly = Sidang umum tiga tahunan
meeting-starts = Mulai
meeting-ends = Selesai
meeting-when = Waktu
meeting-place = Tempat
meeting-link = Tautan untuk bergabung
meeting-online = Daring
meeting-description = Deskripsi
meeting-agenda = Agenda
meeting-agenda-hint = Satu butir per baris.
meeting-agenda-proposals = Usulan yang dimasukkan ke dalam agenda
meeting-invited = Jaringan negara yang diundang
meeting-invited-hint = Jika tidak ada negara atau organisasi yang dipilih, seluruh jaringan diundang.
meeting-public = Publik: pengunjung dapat melihat rapat ini, notulanya yang sudah disetujui, dan keputusannya
meeting-upcoming = Akan datang
meeting-add-to-calendar = Tambahkan ke kalender saya (.ics)
meeting-register = Daftar untuk ikut serta
meeting-registered = Anda sudah terdaftar.
meeting-attendance = Pendaftaran dan kehadiran
meeting-no-registrations = Belum ada yang mendaftar.
meeting-attended = Yang hadir
meeting-minutes = Notula
meeting-decisions = Keputusan yang diambil dalam rapat ini
meeting-record-decision = Catat keputusan
decision-outcome = Hasil
decision-summary = Ringkasan
minutes-none = Belum ada notula.
minutes-draft = Draf: hanya manajemen yang dapat melihatnya sampai notula disetujui.
minutes-approved = Disetujui oleh manajemen.
minutes-draft-label = Draf notula
minutes-save = Simpan draf
minutes-approve = Setujui notula
error-meeting-title-required = Beri judul pada rapat.
error-meeting-kind = Pilih jenis rapat.
error-meeting-ends-before-start = Rapat harus selesai setelah dimulai.
error-meeting-link-required = Rapat daring memerlukan tautan untuk bergabung.
error-meeting-place-required = Rapat tatap muka memerlukan tempat.
error-proposal-unknown = Usulan ini tidak dapat dimasukkan ke dalam agenda.
error-agenda-too-long = Agenda paling banyak berisi 30 butir.
error-meeting-over = Rapat ini sudah berakhir.
error-minutes = Tuliskan notula (paling banyak 50.000 karakter).
error-minutes-approved = Notula sudah disetujui dan tidak dapat diubah lagi.
error-minutes-no-draft = Tidak ada draf notula yang dapat disetujui.
error-outcome-unknown = Pilih hasilnya.
flash-meeting-planned = Rapat sudah direncanakan.
flash-registered = Anda sudah terdaftar untuk rapat ini.
flash-attendance-saved = Kehadiran disimpan.
flash-minutes-saved = Draf notula disimpan.
flash-minutes-approved = Notula sudah disetujui.
flash-decision-recorded = Keputusan sudah tercatat di daftar keputusan.
proposal-options = Pilihan (satu per baris)
proposal-options-hint = Biarkan kosong untuk bertanya setuju / abstain / tidak setuju / blokir. Dengan pilihan, negara memilih salah satu (atau abstain) dan aturan mayoritas yang memutuskan.
error-options = Berikan 2 sampai 10 pilihan, masing-masing paling banyak 200 karakter, satu per baris.
error-options-need-majority = Pilihan ditentukan melalui pemungutan suara: pilih mayoritas sederhana atau dua pertiga.
governance-settings-title = Pengaturan keputusan
governance-delegation = Subkawasan dan jaringan negara boleh membuka usulan
governance-delegation-hint = Jika dicentang, koordinator sebuah subkawasan dan narahubung negara-negaranya boleh membuka usulan yang diputuskan oleh subkawasan itu. Usulan untuk seluruh jaringan tetap dibuka oleh manajemen.
flash-settings-saved = Pengaturan disimpan.
proposal-background-hint = Markdown: **tebal**, *miring*, daftar, [tautan](https://…).
proposal-background-other = Latar belakang dalam bahasa lain
proposal-attachments = Lampiran
proposal-attach = Lampirkan dokumen
proposal-attach-hint = PDF, PNG, JPEG atau WebP, paling besar 5 MB.
error-attachment-too-big = Dokumen lebih besar dari 5 MB.
error-attachment-missing = Pilih dokumen yang akan dilampirkan.
error-attachment-type = Lampirkan dokumen PDF atau gambar PNG, JPEG atau WebP.
flash-attachment-added = Dokumen dilampirkan.
governance-opened-subject = Sebuah usulan menunggu posisi negara Anda: { $title }
governance-opened-body = Usulan "{ $title }" dibuka sampai { $closes }. Anggota negara Anda dapat menyampaikan sikap mereka; sebagai narahubung, Anda menyampaikan posisi negara di platform.
governance-meeting-subject = Rapat: { $title }
governance-meeting-body = Jaringan negara Anda diundang ke "{ $title }", mulai { $when }. Daftar dan tambahkan ke kalender Anda di platform.
meeting-invited-members = Organisasi anggota yang diundang
error-member-unknown = Undang hanya organisasi anggota yang aktif.

## Navigation and a person's home
nav-meetings = Rapat
nav-governance-settings = Pengaturan tata kelola
waiting-positions = { $count ->
   *[other] { $count } usulan terbuka tanpa posisi negara Anda
}
waiting-stances = { $count ->
   *[other] { $count } usulan terbuka tanpa sikap dari { $name }
}
waiting-minutes = { $count ->
   *[other] Notulen { $count } rapat untuk disetujui
}
waiting-actions = { $count ->
   *[other] { $count } tindak lanjut dari daftar keputusan masih terbuka
}

## When a proposal actually closed
proposal-closed = Ditutup pada
proposal-closed-on = { $when }, pada waktu penutupannya
proposal-closed-early = { $when }, lebih awal, oleh { $who }

## Telling members of proposals
governance-opened-member-subject = Sebuah usulan menunggu sikap organisasi Anda: { $title }
governance-opened-member-body = Usulan "{ $title }" terbuka hingga { $closes }. Sebagai perwakilan organisasi Anda, nyatakan sikapnya di platform; focal point negara Anda menyatakan posisi negara.
governance-closed-subject = Diputuskan: { $title } — { $outcome ->
    [passed] { outcome-passed }
    [rejected] { outcome-rejected }
    [blocked] { outcome-blocked }
   *[other] { outcome-no-quorum }
}
governance-closed-body = Usulan "{ $title }" telah ditutup. { outcome-summary } Posisi setiap negara ada di platform.

## How the positions counted: the proposal page, the register, its download and the closing email
outcome-summary = { $kind ->
    [chosen] { $taking } dari { $deciding } negara ikut serta: { $counts }, abstain { $abstain } (kuorum { $quorum }). Terpilih: { $chosen }.
    [options] { $taking } dari { $deciding } negara ikut serta: { $counts }, abstain { $abstain } (kuorum { $quorum }).
   *[answers] { $taking } dari { $deciding } negara ikut serta: { $agree } setuju, { $abstain } abstain, { $disagree } tidak setuju, { $block } memblokir (kuorum { $quorum }).
}

## The register's search, filters and download
register-search = Cari di judul dan ringkasan
register-year = Tahun
register-body = Diputuskan oleh
register-body-meeting = Rapat atau majelis
register-outcome = Hasil
register-any = Semua
register-filter = Tampilkan
register-clear = Tampilkan semua keputusan
register-found = { $count ->
   *[other] { $count } keputusan
}
register-download = Unduh keputusan ini (CSV)
register-csv-date = Tanggal
register-csv-title = Judul
register-csv-body = Diputuskan oleh
register-csv-body-code = Diputuskan oleh (kode)
register-csv-rule = Aturan pengambilan keputusan
register-csv-rule-code = Aturan pengambilan keputusan (kode)
register-csv-outcome = Hasil
register-csv-outcome-code = Hasil (kode)
register-csv-summary = Ringkasan
register-csv-link = Tautan
register-csv-recorded = Dicatat (UTC)
error-register-year = Pilih tahun dari daftar (2000 sampai 2100).
error-register-body = Pilih pengambil keputusan dari daftar.

## Asking before a step that cannot be undone
confirm-close-proposal = Tutup usulan ini sekarang dan hitung posisinya?
confirm-approve-minutes = Setujui notula ini? Notula yang sudah disetujui tidak dapat diubah lagi.
confirm-record-decision = Catat keputusan ini di daftar keputusan?
confirm-action-done = Tandai tindak lanjut ini selesai?
