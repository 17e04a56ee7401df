# Keahlian: permohonan, MOU, rangkaian negara.
nav-countries = Rangkaian negara
nav-apply = Mohon keahlian
form-has-problems = Beberapa jawapan perlu disemak semula. Jawapan itu ditandakan di bawah.
filter-any = Semua
error-too-long = Ini terlalu panjang.
territory-of = { $territory } (sebahagian daripada rangkaian { $country })

apply-title = Mohon keahlian
apply-intro = Ceritakan tentang organisasi anda kepada rangkaian. Anda boleh menyimpan draf dan kembali kemudian; penghubung negara anda dan pengurusan ASEC akan membacanya sebaik sahaja anda menghantarnya.
apply-section-identity = Organisasi anda
apply-section-place = Tempat anda bekerja
apply-section-people = Dengan siapa anda bekerja
apply-section-work = Apa yang anda lakukan
apply-section-commitments = Komitmen terhadap lima dimensi SSE
apply-commitments-hint = Kenyataan ringkas bagi setiap dimensi: bagaimana organisasi anda mengamalkannya.
apply-save-draft = Simpan draf
apply-submit = Hantar permohonan
apply-duplicate = Organisasi bernama { $name } sudah berdaftar dalam rangkaian negara ini. Adakah itu organisasi anda?
apply-not-duplicate = Itu organisasi lain: simpan juga organisasi saya.

field-legal-name = Nama rasmi
field-short-name = Nama ringkas
field-kind = Jenis organisasi
field-registration-number = Nombor pendaftaran
field-registration-hint = Biarkan kosong jika anda kumpulan tidak formal yang tidak berdaftar.
field-registrar = Didaftarkan dengan
field-registration-year = Tahun pendaftaran
field-website = Laman web
field-country = Negara
field-city = Bandar atau pekan
field-latitude = Latitud
field-longitude = Longitud
field-coordinates-hint = Pilihan, dalam darjah perpuluhan, contohnya 3.1390 dan 101.6869 untuk Kuala Lumpur.
field-location = Lokasi
field-members-total = Bilangan ahli
field-members-women = Bilangan ahli wanita
field-beneficiaries-total = Bilangan orang yang dijangkau
field-beneficiaries-women = Bilangan wanita yang dijangkau
field-constituencies = Golongan yang anda layani
field-description = Keterangan
field-description-lang = Bahasa keterangan
field-description-lang-hint = Kod bahasa seperti en, id, ms, th, vi, zh, hi.
field-sdgs = Matlamat Pembangunan Mampan yang menjadi tumpuan kerja anda
field-signer-name = Nama orang yang menandatangani
field-signer-title = Jawatannya dalam organisasi
field-signed-on = Tarikh tandatangan
field-agree = Saya menerima memorandum ini bagi pihak organisasi.
field-mou-title = Tajuk
field-mou-body = Teks

error-entity-name-required = Sila masukkan nama rasmi organisasi.
error-entity-duplicate = Nama ini sudah berdaftar dalam rangkaian negara ini.
error-kind-unknown = Pilih jenis organisasi.
error-country-unknown = Pilih salah satu negara dalam rangkaian.
error-country-move = Ahli berpindah ke rangkaian negara lain hanya melalui pengurusan ASEC, yang menyemaknya bersama focal point negara itu. Kekalkan negara seperti sedia ada, atau hubungi pengurusan.
error-city-required = Sila masukkan bandar atau pekan.
error-latitude = Latitud mestilah nombor antara -90 dan 90.
error-longitude = Longitud mestilah nombor antara -180 dan 180.
error-coordinates-pair = Isikan kedua-dua latitud dan longitud, atau biarkan kedua-duanya kosong.
error-year = Masukkan tahun antara 1800 dan tahun ini.
error-website = Masukkan alamat penuh yang bermula dengan https://
error-count = Masukkan nombor bulat, 0 atau lebih.
error-women-above-total = Nombor ini tidak boleh melebihi jumlah keseluruhan.
error-description-required = Sila terangkan kerja organisasi anda.
error-language-code = Masukkan kod bahasa dua atau tiga huruf.
error-constituency-unknown = Pilih daripada senarai.
error-constituency-required = Pilih sekurang-kurangnya satu golongan.
error-sdg-unknown = Pilih daripada senarai.
error-sdg-required = Pilih sekurang-kurangnya satu matlamat.
error-commitment-required = Sila tulis kenyataan ringkas.
error-reason-required = Sila nyatakan sebabnya: organisasi itu akan membacanya.
error-signer-name = Sila masukkan nama orang yang menandatangani.
error-signer-title = Sila masukkan jawatannya.
error-signed-on = Masukkan tarikh tandatangan (bukan tarikh akan datang).
error-agree-required = Tandakan kotak ini untuk menerima memorandum.
error-mou-title = Sila beri tajuk kepada memorandum.
error-mou-body = Sila masukkan teks memorandum.

status-draft = Draf
status-awaiting-endorsement = Menunggu sokongan negara
status-sent-back = Dikembalikan dengan soalan
status-awaiting-approval = Menunggu pengurusan ASEC
status-awaiting-mou = Diluluskan: menunggu MOU
status-active = Ahli aktif
status-suspended = Digantung
status-withdrawn = Ditarik balik
status-lapsed = Tamat tempoh
status-declined = Ditolak

step-endorse = Sokong
step-approve = Luluskan
step-send-back = Kembalikan dengan soalan
step-decline = Tolak
step-suspend = Gantung
step-reinstate = Pulihkan
step-withdraw = Tarik balik keahlian

application-status = Status
application-note = Mesej daripada penyemak:
application-no-focal-point = Negara ini belum mempunyai penghubung, jadi permohonan dihantar terus kepada pengurusan ASEC.
application-edit = Sunting permohonan
application-accept-mou = Baca dan terima MOU
application-actions = Keputusan anda
application-reason = Sebab atau soalan
application-profile = Profil
application-history = Sejarah
application-no-history = Belum dihantar.
mine-title = Permohonan anda
mine-empty = Anda belum memohon bagi mana-mana organisasi.

flash-draft-saved = Draf disimpan. Anda boleh kembali menyambungnya pada bila-bila masa.
flash-application-submitted = Permohonan dihantar. Kami akan menghantar e-mel kepada anda pada setiap peringkat.
flash-changed-meanwhile = Sementara itu, orang lain telah mengambil tindakan terhadap permohonan ini. Inilah statusnya sekarang.
flash-step-endorse = Disokong. Pengurusan ASEC akan membuat keputusan seterusnya.
flash-step-approve = Diluluskan. Organisasi itu kini perlu menerima MOU.
flash-step-send-back = Dikembalikan dengan soalan anda.
flash-step-decline = Ditolak.
flash-step-suspend = Keahlian digantung.
flash-step-reinstate = Keahlian dipulihkan.
flash-step-withdraw = Keahlian ditarik balik.
flash-mou-accepted = Selamat datang ke rangkaian: organisasi anda kini ahli aktif.
flash-mou-published = Versi baharu MOU telah diterbitkan.

mou-accept-title = Memorandum persefahaman
mou-accept-intro = Untuk menjadi ahli aktif, { $entity } perlu menerima memorandum mengenai Peta Hala Tuju Pembangunan SSE 2025–2030.
mou-version = Versi { $version }
mou-accept-submit = Terima memorandum
mou-not-published = Pengurusan ASEC belum menerbitkan memorandum ini. Anda akan menemuinya di sini sebaik sahaja ia diterbitkan.
mou-accepted-by = MOU versi { $version } diterima oleh { $signer }, { $title }, pada { $date }.
mou-edit-title = MOU mengenai Peta Hala Tuju Pembangunan SSE
mou-edit-hint = Setiap kali diterbitkan, versi baharu disimpan; organisasi menerima versi yang terbaharu. Pisahkan perenggan dengan satu baris kosong.
mou-publish = Terbitkan sebagai versi baharu

pipeline-title = Permohonan dalam proses
pipeline-empty = Tiada permohonan yang sepadan.
pipeline-age = Tempoh menunggu
pipeline-days = { $count ->
   *[other] { $count } hari
}

countries-title = Rangkaian negara
country-coordinated-by = Diselaraskan oleh
country-focal-points = Penghubung negara
country-no-focal-point = Belum ada penghubung negara.
country-target = Rakan kongsi
country-target-below = { $count } ahli aktif; sasarannya ialah { $range }.
country-target-within = { $count } ahli aktif, dalam lingkungan sasaran { $range }.
country-target-above = { $count } ahli aktif, melebihi sasaran { $range }.
country-target-above-allowed = { $count } ahli aktif, melebihi sasaran { $range }, seperti yang dibenarkan bagi negara besar.
country-constituencies = Golongan sasaran
country-served = Dilayani oleh ahli:
country-missing = Belum dilayani:
country-members = Ahli aktif
country-no-members = Belum ada ahli aktif.

mail-application-to-endorse-subject = Permohonan dari { $country } menunggu sokongan anda
mail-application-to-endorse-body = Salam { $name },

    { $entity } telah memohon untuk menyertai rangkaian di { $country }. Sebagai penghubung negara, sila baca permohonan ini, kemudian sokong, kembalikan dengan soalan, atau tolak:

    { $link }
mail-application-to-approve-subject = Permohonan dari { $country } menunggu keputusan pengurusan ASEC
mail-application-to-approve-body = Salam { $name },

    Permohonan { $entity } ({ $country }) sedang menunggu keputusan pengurusan:

    { $link }
mail-application-update-subject = Permohonan anda bagi { $entity }: { $status }
mail-application-update-body = Salam { $name },

    Status permohonan { $entity } kini: { $status }.

    { $reason }

    Lihat di sini: { $link }
mail-membership-new-member-subject = { $entity } kini ahli aktif di { $country }
mail-membership-new-member-body = Salam { $name },

    { $entity } telah menerima MOU dan kini menjadi ahli aktif rangkaian { $country }.

    { $link }

subregion-coordinators = Penyelaras subrantau
subregion-no-coordinator = Belum ada penyelaras yang dilantik.
appoint-email = Alamat e-mel akaun orang itu
appoint-focal-point = Lantik sebagai penghubung negara
appoint-focal-point-hint = Sesebuah negara boleh mempunyai paling banyak dua penghubung.
appoint-coordinator = Lantik sebagai penyelaras
appoint-remove = Tamatkan pelantikan ini
flash-appointed = Telah dilantik.
flash-already-appointed = Orang ini sudah memegang peranan ini.
flash-appointment-ended = Pelantikan telah ditamatkan.
flash-no-such-account = Tiada akaun yang menggunakan alamat e-mel ini. Minta orang itu mencipta akaun dahulu.
profile-edit-title = Sunting profil
profile-history-title = Sejarah perubahan
profile-history-empty = Belum ada perubahan.
profile-history-field = Apa yang berubah
flash-profile-updated = Profil telah dikemas kini.
step-renew = Sahkan bahawa profil kami masih terkini
flash-step-renew = Terima kasih: keahlian anda telah diperbaharui untuk setahun.
mail-renewal-reminder-subject = Masa untuk memperbaharui keahlian { $entity }
mail-renewal-reminder-body = Salam { $name },

    Setahun sekali, ahli ASEC mengesahkan bahawa profil mereka masih terkini. Sila semak profil { $entity } dan sahkannya dalam tempoh sebulan:

    { $link }

    Tanpa pengesahan, keahlian akan tamat tempoh dua bulan selepas tarikh pembaharuannya.
error-page = Halaman dengan nombor itu tidak wujud.
members-title = Ahli
members-download-csv = Muat turun sebagai CSV (ditapis seperti yang dipaparkan)
country-chat = Kumpulan sembang
country-chat-private = Hanya ahli negara ini, penghubungnya dan pengurusan ASEC boleh melihat ini.
country-chat-none = Belum ada pautan kumpulan sembang.
country-chat-open = Buka kumpulan sembang negara ini
country-chat-link = Pautan ke kumpulan sembang (https://…)
error-chat-link = Pautan kumpulan sembang mesti bermula dengan https:// dan tanpa ruang.
flash-chat-link-saved = Pautan kumpulan sembang disimpan.
field-link-1 = Media sosial atau pautan lain
field-link-2 = Pautan lain
field-link-3 = Pautan lain
field-links = Pautan
field-links-hint = Alamat penuh yang bermula dengan https://, seperti halaman Facebook anda.
field-sectors = Sektor ekonomi
field-languages = Bahasa yang anda gunakan dalam kerja
field-languages-hint = Tandakan setiap bahasa yang digunakan oleh organisasi anda dalam kerja.
field-other-description = Keterangan dalam bahasa lain ({ $n })
apply-section-contacts = Orang untuk dihubungi
apply-contacts-hint = Peribadi: hanya pengurusan ASEC, penghubung negara anda dan wakil organisasi anda boleh melihat maklumat ini.
field-contact = Orang untuk dihubungi { $n }
field-contact-name = Nama
field-contact-role = Peranan
field-contact-email = Alamat e-mel
field-contact-phone = Telefon
error-sector-unknown = Pilih daripada senarai.
error-language-twice = Bahasa ini sudah mempunyai keterangan.
error-contact-name = Sila masukkan nama orang untuk dihubungi.
error-phone = Nombor telefon hanya boleh mengandungi digit, ruang dan + - ( ).
field-logo = Logo
field-logo-hint = Imej PNG, JPEG atau WebP dengan saiz paling besar 1 MB.
logo-upload = Muat naik logo
logo-alt = Logo { $name }
error-logo-missing = Pilih fail imej dahulu.
error-logo-type = Logo mestilah imej PNG, JPEG atau WebP.
error-logo-too-big = Saiz logo paling besar ialah 1 MB.
flash-logo-saved = Logo disimpan.
import-unknown-column = Lajur ini tidak dikenali oleh fungsi import.
import-missing-column = Lajur ini wajib ada.
import-duplicate-in-file = Nama yang sama muncul lebih awal dalam fail ini bagi negara yang sama.
import-title = Import ahli
import-file = Fail CSV (UTF-8)
import-hint = Satu organisasi bagi setiap baris, dengan baris pengepala. Senarai (golongan, SDG, sektor, bahasa) dipisahkan dengan koma bertitik. Lajur-lajurnya:
import-dry-run = Semak fail sahaja (larian percubaan)
import-submit = Semak atau import
import-row = Baris
import-column = Lajur
import-problem = Masalah
import-dry-run-ok = { $count ->
   *[other] { $count } baris disemak: tiada masalah. Nyahtanda "Semak fail sahaja (larian percubaan)" untuk mengimportnya.
}
import-done = { $count ->
   *[other] { $count } ahli diimport.
}
import-problems = { $count ->
   *[other] { $count } masalah ditemui: tiada apa-apa yang diimport.
}
members-download-xlsx = Muat turun sebagai hamparan (XLSX)

## Navigation and a person's home
nav-pipeline = Permohonan
nav-members = Ahli
nav-mou = MOU
waiting-endorse = { $count ->
   *[other] { $count } permohonan untuk disokong
}
waiting-approve = { $count ->
   *[other] { $count } permohonan untuk diluluskan
}
waiting-mou-members = { $count ->
   *[other] { $count } ahli yang diluluskan belum menerima MOU
}
waiting-renewals = { $count ->
   *[other] { $count } pembaharuan keahlian perlu dibuat
}
waiting-own-draft = Draf permohonan anda untuk { $name }: lengkapkan dan hantar
waiting-own-sent-back = { $name }: permohonan anda dikembalikan dengan soalan
waiting-own-mou = { $name } diluluskan: terima MOU untuk menjadi ahli aktif
waiting-own-status = Permohonan anda untuk { $name }: { $status }
waiting-own-renewal = Perbaharui keahlian { $name }
waiting-own-all = Semua permohonan anda
apply-account-needed = Permohonan memerlukan akaun: orang yang memohon menyimpan permohonan dan dimaklumkan setiap langkahnya. Cipta akaun, atau log masuk jika anda sudah mempunyainya.
apply-have-account = Saya mempunyai akaun: log masuk
apply-continue-draft = Anda telah menyimpan draf. Teruskan draf itu dan bukannya bermula semula:
waiting-own-status-note = Permohonan anda untuk { $name }: { $status }. Nota penyemak: { $note }
application-note-optional = Nota untuk pemohon (pilihan)

# Borang profil: had panjang, ringkasan masalah, bahasa kerja mengikut nama.
field-at-most = Paling banyak { $max } aksara.
error-summary-title = { $count ->
   *[other] Terdapat { $count } masalah
}
error-summary-hint = Setiap pautan membawa anda ke jawapan yang perlu diubah. Tiada apa-apa yang disimpan.
error-summary-item = { $field }: { $problem }
language-name-unknown = Kod bahasa { $code }

# MOU yang diterima: paparan cetakan dan tandatangan balas pihak pengurusan.
mou-print-link = Cetak MOU yang telah ditandatangani
mou-print-title = Memorandum persefahaman: { $entity }
mou-print-hint = Gunakan arahan Cetak pelayar anda untuk mencetak halaman ini atau menyimpannya sebagai PDF.
mou-print-organisation = Organisasi
mou-print-version = Versi
mou-print-accepted-heading = Diterima bagi pihak organisasi
mou-print-accepted = { $signer }, { $title }, ditandatangani pada { $date }.
mou-print-recorded = Diterima dalam platform oleh { $by } pada { $at }.
mou-print-countersigned-heading = Ditandatangani balas bagi pihak ASEC
mou-print-countersigned = Ditandatangani balas oleh { $by } bagi pihak pengurusan ASEC pada { $at }.
mou-not-countersigned = Belum ditandatangani balas
mou-countersign-button = Tandatangani balas MOU
mou-countersign-title = Tandatangani balas MOU { $entity }
mou-countersign-intro = Anda menandatangani balas bagi pihak ASEC MOU versi { $version } yang diterima oleh { $signer } untuk { $entity } pada { $date }. Tandatangan balas tidak boleh dibatalkan.
field-countersign-confirm = Saya menandatangani balas memorandum ini bagi pihak ASEC dan memahami bahawa ia tidak boleh dibatalkan.
error-countersign-confirm = Tandakan kotak ini untuk mengesahkan tandatangan balas.
mou-countersign-submit = Tandatangani balas
mou-countersign-cancel = Kembali ke organisasi
flash-mou-countersigned = MOU telah ditandatangani balas, dan wakil organisasi telah dimaklumkan.
error-mou-not-accepted = Organisasi ini belum menerima MOU.
error-mou-already-countersigned = MOU ini sudah ditandatangani balas.
mou-queue-title = MOU yang diterima dan menunggu tandatangan balas
mou-queue-empty = Tiada MOU yang menunggu tandatangan balas.
mou-queue-accepted = diterima pada { $date }
waiting-countersign = { $count ->
   *[other] { $count } MOU yang diterima perlu ditandatangani balas
}
mail-mou-countersigned-subject = MOU { $entity } telah ditandatangani balas oleh ASEC
mail-mou-countersigned-body = Salam { $name },

    Pihak pengurusan ASEC telah menandatangani balas memorandum persefahaman yang diterima oleh { $entity }. Anda boleh mencetak memorandum yang telah ditandatangani di sini:

    { $link }

audit-action-mou-countersign = Menandatangani balas MOU
language-name-en = Inggeris
language-name-id = Indonesia
language-name-ms = Melayu
language-name-jv = Jawa
language-name-su = Sunda
language-name-fil = Filipino
language-name-ceb = Cebuano
language-name-th = Thai
language-name-vi = Vietnam
language-name-km = Khmer
language-name-lo = Lao
language-name-my = Myanmar
language-name-tet = Tetum
language-name-zh = Cina
language-name-ja = Jepun
language-name-ko = Korea
language-name-mn = Mongolia
language-name-hi = Hindi
language-name-bn = Benggali
language-name-ur = Urdu
language-name-ne = Nepal
language-name-si = Sinhala
language-name-ta = Tamil
language-name-te = Telugu
language-name-ml = Malayalam
language-name-kn = Kannada
language-name-mr = Marathi
language-name-gu = Gujarati
language-name-pa = Punjabi
language-name-or = Oriya
language-name-as = Assam
language-name-dz = Dzongkha
language-name-dv = Dhivehi
language-name-ps = Pashto
language-name-fa = Parsi
language-name-uz = Uzbek
language-name-kk = Kazakh
language-name-ky = Kirghiz
language-name-tg = Tajik
language-name-tk = Turkmen
language-name-ru = Rusia
language-name-ar = Arab
language-name-fr = Perancis
language-name-es = Sepanyol
language-name-pt = Portugis
language-name-de = Jerman
language-name-nl = Belanda
confirm-step-decline = Tolak permohonan ini? Organisasi perlu memohon semula.
confirm-step-withdraw = Tarik balik keahlian ini? Organisasi perlu memohon semula.
