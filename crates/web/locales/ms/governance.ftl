# Keputusan bersama: cadangan, rundingan negara, kedudukan, rekod keputusan.
nav-governance = Keputusan
proposals-title = Cadangan
proposals-intro = Majlis membuat keputusan bersama: setiap rangkaian negara membentuk kedudukannya berdasarkan pendirian ahlinya, dan penghubung negara mengemukakan kedudukan itu.
proposals-none = Belum ada cadangan.
proposal-open = Kemukakan cadangan
proposal-title = Tajuk
proposal-background = Latar belakang
proposal-question = Soalan
proposal-rule = Kaedah membuat keputusan
proposal-rule-hint = Dengan konsensus, cadangan diluluskan jika tiada negara yang menghalang dan cukup banyak negara mengambil bahagian; dengan majoriti, bilangan negara yang setuju dibandingkan dengan bilangan negara yang tidak setuju.
proposal-who = Siapa yang membuat keputusan
proposal-whole-network = Semua negara dalam rangkaian
proposal-quorum = Kuorum (bilangan negara yang mengambil bahagian)
proposal-quorum-hint = Paling banyak sama dengan bilangan negara yang membuat keputusan. Memilih berkecuali juga dikira sebagai mengambil bahagian.
proposal-opens = Dibuka
proposal-closes = Ditutup
proposal-times-hint = Biarkan masa dibuka kosong untuk membukanya sekarang.
proposal-public = Awam: pelawat boleh membaca cadangan ini dan hasilnya
proposal-phase = Status
proposal-members-only = ahli sahaja
proposal-countries = { $count ->
    [one] satu negara
   *[other] { $count } negara
}
proposal-countries-title = Kedudukan negara
proposal-close-now = Tutup sekarang dan kira kedudukan
phase-upcoming = Belum dibuka
phase-open = Dibuka untuk kedudukan negara
phase-closed = Ditutup
rule-consensus = Konsensus
rule-majority = Majoriti mudah
rule-two-thirds = Majoriti dua pertiga
answer-agree = Setuju
answer-abstain = Berkecuali
answer-disagree = Tidak setuju
answer-block = Halang
outcome-passed = Diluluskan
outcome-rejected = Ditolak
outcome-blocked = Dihalang
outcome-no-quorum = Kuorum tidak dicapai
stance-of = Pendirian { $entity }
stance-current = Pendirian anda sekarang:
stance-answer = Pendirian
stance-reason = Sebab
stance-reason-hint = Jika menghalang, sebabnya mesti dinyatakan. Anda boleh mengubah pendirian sehingga cadangan ditutup.
stance-save = Simpan pendirian
stance-none = Belum ada pendirian
desk-title = Kedudukan { $country }
desk-no-members = Negara ini belum mempunyai ahli aktif.
desk-member = Ahli
position-current = Kedudukan negara anda sekarang:
position-answer = Kedudukan
position-rationale = Rasional
position-hint = Kedudukan boleh diubah sehingga cadangan ditutup; setiap perubahan disimpan.
position-save = Kemukakan kedudukan
position-none = Tiada kedudukan
position-taken = Kedudukan telah dikemukakan
positions-published-at-close = Kedudukan negara diterbitkan bersama hasilnya apabila cadangan ditutup.
position-history = Semua kedudukan yang pernah dikemukakan
register-title = Rekod keputusan
register-intro = Setiap keputusan majlis, kaedah dan hasilnya, serta tindakan susulan: siapa yang melaksanakannya dan bila tarikh akhirnya.
register-none = Belum ada keputusan.
action-description = Tindakan susulan
action-owner = Dilaksanakan oleh
action-due = Tarikh akhir
action-status = Status
action-done = Selesai
action-in-progress = Sedang dilaksanakan
action-overdue = Lewat tarikh akhir
action-add = Tambah tindakan susulan
action-mark-done = Tandakan selesai
error-proposal-title-required = Sila beri tajuk kepada cadangan.
error-proposal-question-required = Tulis soalan yang akan dijawab oleh negara-negara.
error-rule-unknown = Pilih kaedah membuat keputusan.
error-quorum = Kuorum ialah bilangan negara, sekurang-kurangnya 1.
error-quorum-too-large = Kuorum melebihi bilangan negara yang membuat keputusan.
error-moment = Tulis masa dalam format YYYY-MM-DDTHH:MM, dalam zon waktu anda.
error-closes-before-opens = Cadangan mesti ditutup selepas ia dibuka.
error-closes-in-past = Masa tutup sudah berlalu.
error-answer-unknown = Pilih salah satu jawapan yang disediakan.
error-block-needs-reason = Jika menghalang, sebabnya mesti dinyatakan.
error-proposal-not-open = Cadangan ini tidak dibuka untuk kedudukan negara: ia sudah ditutup atau belum dibuka.
error-country-not-deciding = Negara ini tidak membuat keputusan bagi cadangan ini.
error-action-description = Terangkan tindakan itu (paling banyak 500 aksara).
error-action-owner = Nyatakan siapa yang melaksanakan tindakan itu.
flash-proposal-opened = Cadangan telah dibuka.
flash-proposal-closed = Cadangan telah ditutup dan hasilnya dicatat dalam rekod keputusan.
flash-stance-saved = Pendirian disimpan.
flash-position-saved = Kedudukan negara disimpan.
flash-action-added = Tindakan susulan telah ditambah.
flash-action-done = Tindakan telah ditandakan selesai.
governance-reminder-subject = Kedudukan negara anda sedang ditunggu: { $title }
governance-reminder-body = Cadangan "{ $title }" akan ditutup pada { $closes } dan negara anda belum mengemukakan kedudukan. Lihat pendirian ahli anda dan kemukakan kedudukan negara anda di platform.
structure-title = Susunan majlis
structure-intro = Siapa memegang setiap jawatan, siapa menyelaras setiap subrantau dan siapa penghubung setiap rangkaian negara, menurut peranan dalam platform hari ini.
structure-offices = Jawatan
structure-coordinators = Penyelaras
structure-vacant = Kosong
meetings-title = Mesyuarat dan perhimpunan
meetings-none = Belum ada mesyuarat.
meetings-calendar-feed = Suapan kalendar (iCalendar)
meeting-plan = Rancang mesyuarat
meeting-title = Tajuk
meeting-kind = Jenis
meeting-kind-online = Mesyuarat dalam talian
meeting-kind-in-person = Mesyuarat bersemuka
meeting-kind-assembly = Perhimpunan tiga tahunan
meeting-starts = Mula
meeting-ends = Tamat
meeting-when = Masa
meeting-place = Tempat
meeting-link = Pautan untuk menyertai
meeting-online = Dalam talian
meeting-description = Keterangan
meeting-agenda = Agenda
meeting-agenda-hint = Satu perkara bagi setiap baris.
meeting-agenda-proposals = Cadangan untuk dimasukkan ke dalam agenda
meeting-invited = Rangkaian negara yang dijemput
meeting-invited-hint = Jika tiada negara atau organisasi dipilih, seluruh rangkaian dijemput.
meeting-public = Awam: pelawat boleh melihat mesyuarat ini, minitnya yang telah diluluskan dan keputusannya
meeting-upcoming = Akan datang
meeting-add-to-calendar = Tambah ke kalendar saya (.ics)
meeting-register = Daftar untuk menyertai
meeting-registered = Anda telah berdaftar.
meeting-attendance = Pendaftaran dan kehadiran
meeting-no-registrations = Belum ada sesiapa yang mendaftar.
meeting-attended = Siapa yang hadir
meeting-minutes = Minit mesyuarat
meeting-decisions = Keputusan yang dibuat dalam mesyuarat ini
meeting-record-decision = Rekodkan keputusan
decision-outcome = Hasil
decision-summary = Ringkasan
minutes-none = Belum ada minit mesyuarat.
minutes-draft = Draf: hanya pengurusan boleh melihatnya sehingga ia diluluskan.
minutes-approved = Diluluskan oleh pengurusan.
minutes-draft-label = Draf minit mesyuarat
minutes-save = Simpan draf
minutes-approve = Luluskan minit mesyuarat
error-meeting-title-required = Sila beri tajuk kepada mesyuarat.
error-meeting-kind = Pilih jenis mesyuarat.
error-meeting-ends-before-start = Mesyuarat mesti tamat selepas ia bermula.
error-meeting-link-required = Mesyuarat dalam talian memerlukan pautan untuk menyertainya.
error-meeting-place-required = Mesyuarat bersemuka memerlukan tempatnya.
error-proposal-unknown = Cadangan ini tidak boleh dimasukkan ke dalam agenda.
error-agenda-too-long = Agenda boleh mengandungi paling banyak 30 perkara.
error-meeting-over = Mesyuarat ini sudah berakhir.
error-minutes = Tulis minit mesyuarat (paling banyak 50,000 aksara).
error-minutes-approved = Minit mesyuarat telah diluluskan dan tidak lagi boleh diubah.
error-minutes-no-draft = Tiada draf minit mesyuarat untuk diluluskan.
error-outcome-unknown = Pilih hasilnya.
flash-meeting-planned = Mesyuarat telah dirancang.
flash-registered = Anda telah berdaftar untuk mesyuarat ini.
flash-attendance-saved = Kehadiran disimpan.
flash-minutes-saved = Draf minit mesyuarat disimpan.
flash-minutes-approved = Minit mesyuarat telah diluluskan.
flash-decision-recorded = Keputusan telah dicatat dalam rekod keputusan.
proposal-options = Pilihan (satu sebaris)
proposal-options-hint = Biarkan kosong untuk bertanya setuju / berkecuali / tidak setuju / halang. Dengan pilihan, negara memilih satu (atau berkecuali) dan kaedah majoriti yang memutuskan.
error-options = Sila beri 2 hingga 10 pilihan, setiap satu paling banyak 200 aksara, satu sebaris.
error-options-need-majority = Pilihan ditentukan melalui undian: pilih majoriti mudah atau dua pertiga.
governance-settings-title = Tetapan keputusan
governance-delegation = Subrantau dan rangkaian negara boleh membuka cadangan
governance-delegation-hint = Jika ditanda, penyelaras sesebuah subrantau dan penghubung negara-negaranya boleh membuka cadangan yang diputuskan oleh subrantau itu. Cadangan untuk seluruh rangkaian kekal di tangan pengurusan.
flash-settings-saved = Tetapan disimpan.
proposal-background-hint = Markdown: **tebal**, *condong*, senarai, [pautan](https://…).
proposal-background-other = Latar belakang dalam bahasa lain
proposal-attachments = Lampiran
proposal-attach = Lampirkan dokumen
proposal-attach-hint = PDF, PNG, JPEG atau WebP, paling besar 5 MB.
error-attachment-too-big = Dokumen itu lebih besar daripada 5 MB.
error-attachment-missing = Sila pilih dokumen untuk dilampirkan.
error-attachment-type = Sila lampirkan dokumen PDF atau imej PNG, JPEG atau WebP.
flash-attachment-added = Dokumen telah dilampirkan.
governance-opened-subject = Satu cadangan menunggu kedudukan negara anda: { $title }
governance-opened-body = Cadangan "{ $title }" dibuka sehingga { $closes }. Ahli negara anda boleh menyatakan pendirian mereka; sebagai penghubung, anda mengemukakan kedudukan negara di platform.
governance-meeting-subject = Mesyuarat: { $title }
governance-meeting-body = Rangkaian negara anda dijemput ke "{ $title }", bermula { $when }. Daftar dan tambahkan ke kalendar anda di platform.
meeting-invited-members = Organisasi ahli yang dijemput
error-member-unknown = Jemput organisasi ahli yang aktif sahaja.

## Navigation and a person's home
nav-meetings = Mesyuarat
nav-governance-settings = Tetapan tadbir urus
waiting-positions = { $count ->
   *[other] { $count } cadangan terbuka tanpa pendirian negara anda
}
waiting-stances = { $count ->
   *[other] { $count } cadangan terbuka tanpa pendirian daripada { $name }
}
waiting-minutes = { $count ->
   *[other] Minit { $count } mesyuarat untuk diluluskan
}
waiting-actions = { $count ->
   *[other] { $count } tindakan susulan daftar keputusan masih terbuka
}

## When a proposal actually closed
proposal-closed = Ditutup pada
proposal-closed-on = { $when }, pada waktu penutupannya
proposal-closed-early = { $when }, lebih awal, oleh { $who }

## Telling members of proposals
governance-opened-member-subject = Satu cadangan menanti pendirian organisasi anda: { $title }
governance-opened-member-body = Cadangan "{ $title }" dibuka sehingga { $closes }. Sebagai wakil organisasi anda, nyatakan pendiriannya di platform; focal point negara anda menyatakan pendirian negara.
governance-closed-subject = Diputuskan: { $title } — { $outcome ->
    [passed] { outcome-passed }
    [rejected] { outcome-rejected }
    [blocked] { outcome-blocked }
   *[other] { outcome-no-quorum }
}
governance-closed-body = Cadangan "{ $title }" telah ditutup. { outcome-summary } Kedudukan setiap negara ada di platform.

## How the positions counted: the proposal page, the register, its download and the closing email
outcome-summary = { $kind ->
    [chosen] { $taking } daripada { $deciding } negara mengambil bahagian: { $counts }, berkecuali { $abstain } (kuorum { $quorum }). Dipilih: { $chosen }.
    [options] { $taking } daripada { $deciding } negara mengambil bahagian: { $counts }, berkecuali { $abstain } (kuorum { $quorum }).
   *[answers] { $taking } daripada { $deciding } negara mengambil bahagian: { $agree } setuju, { $abstain } berkecuali, { $disagree } tidak setuju, { $block } menghalang (kuorum { $quorum }).
}

## The register's search, filters and download
register-search = Cari dalam tajuk dan ringkasan
register-year = Tahun
register-body = Diputuskan oleh
register-body-meeting = Mesyuarat atau perhimpunan
register-outcome = Hasil
register-any = Semua
register-filter = Paparkan
register-clear = Paparkan semua keputusan
register-found = { $count ->
   *[other] { $count } keputusan
}
register-download = Muat turun keputusan ini (CSV)
register-csv-date = Tarikh
register-csv-title = Tajuk
register-csv-body = Diputuskan oleh
register-csv-body-code = Diputuskan oleh (kod)
register-csv-rule = Kaedah membuat keputusan
register-csv-rule-code = Kaedah membuat keputusan (kod)
register-csv-outcome = Hasil
register-csv-outcome-code = Hasil (kod)
register-csv-summary = Ringkasan
register-csv-link = Pautan
register-csv-recorded = Direkodkan (UTC)
error-register-year = Pilih tahun daripada senarai (2000 hingga 2100).
error-register-body = Pilih pihak yang membuat keputusan daripada senarai.

## Asking before a step that cannot be undone
confirm-close-proposal = Tutup cadangan ini sekarang dan kira kedudukannya?
confirm-approve-minutes = Luluskan minit mesyuarat ini? Minit yang telah diluluskan tidak berubah lagi.
confirm-record-decision = Rekodkan keputusan ini dalam rekod keputusan?
confirm-action-done = Tandakan tindakan susulan ini selesai?
