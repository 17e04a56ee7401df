# Keanggotaan: permohonan, MOU, jaringan negara.
nav-countries = Jaringan negara
nav-apply = Daftar menjadi anggota
form-has-problems = Beberapa jawaban perlu diperiksa lagi. Jawaban tersebut ditandai di bawah ini.
filter-any = Semua
error-too-long = Ini terlalu panjang.
territory-of = { $territory } (bagian dari jaringan { $country })

apply-title = Daftar menjadi anggota
apply-intro = Ceritakan tentang organisasi Anda kepada jaringan. Anda bisa menyimpan draf dan kembali lagi nanti; narahubung negara Anda dan manajemen ASEC akan membacanya setelah Anda mengirimkannya.
apply-section-identity = Organisasi Anda
apply-section-place = Tempat Anda bekerja
apply-section-people = Dengan siapa Anda bekerja
apply-section-work = Apa yang Anda kerjakan
apply-section-commitments = Komitmen pada lima dimensi SSE
apply-commitments-hint = Pernyataan singkat untuk setiap dimensi: bagaimana organisasi Anda menjalankannya.
apply-save-draft = Simpan draf
apply-submit = Kirim permohonan
apply-duplicate = Organisasi bernama { $name } sudah terdaftar di jaringan negara ini. Apakah itu organisasi Anda?
apply-not-duplicate = Itu organisasi lain: tetap simpan organisasi saya.

field-legal-name = Nama resmi
field-short-name = Nama singkat
field-kind = Jenis organisasi
field-registration-number = Nomor registrasi
field-registration-hint = Kosongkan jika Anda kelompok informal yang tidak terdaftar.
field-registrar = Terdaftar di
field-registration-year = Tahun registrasi
field-website = Situs web
field-country = Negara
field-city = Kota atau desa
field-latitude = Lintang
field-longitude = Bujur
field-coordinates-hint = Opsional, dalam derajat desimal, misalnya 3.1390 dan 101.6869 untuk Kuala Lumpur.
field-location = Lokasi
field-members-total = Jumlah anggota
field-members-women = Jumlah anggota perempuan
field-beneficiaries-total = Jumlah orang yang dijangkau
field-beneficiaries-women = Jumlah perempuan yang dijangkau
field-constituencies = Kelompok yang Anda layani
field-description = Deskripsi
field-description-lang = Bahasa deskripsi
field-description-lang-hint = Kode bahasa, misalnya en, id, ms, th, vi, zh, hi.
field-sdgs = Tujuan Pembangunan Berkelanjutan yang menjadi fokus kerja Anda
field-signer-name = Nama penanda tangan
field-signer-title = Jabatan penanda tangan di organisasi
field-signed-on = Tanggal penandatanganan
field-agree = Saya menerima nota kesepahaman ini atas nama organisasi.
field-mou-title = Judul
field-mou-body = Teks

error-entity-name-required = Masukkan nama resmi organisasi.
error-entity-duplicate = Nama ini sudah terdaftar di jaringan negara ini.
error-kind-unknown = Pilih jenis organisasi.
error-country-unknown = Pilih salah satu negara dalam jaringan.
error-country-move = Anggota pindah ke jaringan negara lain hanya melalui manajemen ASEC, yang memeriksanya bersama focal point negara tersebut. Biarkan negaranya seperti semula, atau hubungi manajemen.
error-city-required = Masukkan kota atau desa.
error-latitude = Lintang harus berupa angka antara -90 dan 90.
error-longitude = Bujur harus berupa angka antara -180 dan 180.
error-coordinates-pair = Isi lintang dan bujur sekaligus, atau kosongkan keduanya.
error-year = Masukkan tahun antara 1800 dan tahun ini.
error-website = Masukkan alamat lengkap yang diawali https://
error-count = Masukkan bilangan bulat, 0 atau lebih.
error-women-above-total = Angka ini tidak boleh lebih besar dari jumlah totalnya.
error-description-required = Jelaskan kegiatan organisasi Anda.
error-language-code = Masukkan kode bahasa dua atau tiga huruf.
error-constituency-unknown = Pilih dari daftar.
error-constituency-required = Pilih setidaknya satu kelompok.
error-sdg-unknown = Pilih dari daftar.
error-sdg-required = Pilih setidaknya satu tujuan.
error-commitment-required = Tulis pernyataan singkat.
error-reason-required = Tuliskan alasannya: organisasi tersebut akan membacanya.
error-signer-name = Masukkan nama penanda tangan.
error-signer-title = Masukkan jabatannya.
error-signed-on = Masukkan tanggal penandatanganan (tidak boleh tanggal yang akan datang).
error-agree-required = Centang kotak ini untuk menerima nota kesepahaman.
error-mou-title = Beri judul pada nota kesepahaman.
error-mou-body = Masukkan teks nota kesepahaman.

status-draft = Draf
status-awaiting-endorsement = Menunggu rekomendasi dari negara
status-sent-back = Dikembalikan dengan pertanyaan
status-awaiting-approval = Menunggu manajemen ASEC
status-awaiting-mou = Disetujui: menunggu MOU
status-active = Anggota aktif
status-suspended = Ditangguhkan
status-withdrawn = Dicabut
status-lapsed = Habis masa berlaku
status-declined = Ditolak

step-endorse = Rekomendasikan
step-approve = Setujui
step-send-back = Kembalikan dengan pertanyaan
step-decline = Tolak
step-suspend = Tangguhkan
step-reinstate = Pulihkan
step-withdraw = Cabut keanggotaan

application-status = Status
application-note = Pesan dari peninjau:
application-no-focal-point = Negara ini belum punya narahubung, jadi permohonan langsung diteruskan ke manajemen ASEC.
application-edit = Ubah permohonan
application-accept-mou = Baca dan terima MOU
application-actions = Keputusan Anda
application-reason = Alasan atau pertanyaan
application-profile = Profil
application-history = Riwayat
application-no-history = Belum dikirim.
mine-title = Permohonan Anda
mine-empty = Anda belum mengajukan permohonan untuk organisasi mana pun.

flash-draft-saved = Draf disimpan. Anda bisa kembali melanjutkannya kapan saja.
flash-application-submitted = Permohonan terkirim. Kami akan mengabari Anda lewat email di setiap tahap.
flash-changed-meanwhile = Sementara itu, orang lain sudah menindaklanjuti permohonan ini. Berikut statusnya sekarang.
flash-step-endorse = Sudah direkomendasikan. Selanjutnya manajemen ASEC yang memutuskan.
flash-step-approve = Disetujui. Sekarang organisasi tersebut perlu menerima MOU.
flash-step-send-back = Dikembalikan dengan pertanyaan Anda.
flash-step-decline = Ditolak.
flash-step-suspend = Keanggotaan ditangguhkan.
flash-step-reinstate = Keanggotaan dipulihkan.
flash-step-withdraw = Keanggotaan dicabut.
flash-mou-accepted = Selamat bergabung di jaringan: organisasi Anda sekarang menjadi anggota aktif.
flash-mou-published = Versi baru MOU sudah diterbitkan.

mou-accept-title = Nota kesepahaman
mou-accept-intro = Untuk menjadi anggota aktif, { $entity } perlu menerima nota kesepahaman tentang Peta Jalan Pengembangan SSE 2025–2030.
mou-version = Versi { $version }
mou-accept-submit = Terima nota kesepahaman
mou-not-published = Manajemen ASEC belum menerbitkan nota kesepahaman. Anda akan menemukannya di sini setelah diterbitkan.
mou-accepted-by = MOU versi { $version } diterima oleh { $signer }, { $title }, pada { $date }.
mou-edit-title = MOU tentang Peta Jalan Pengembangan SSE
mou-edit-hint = Setiap kali diterbitkan, versi baru disimpan; organisasi menerima versi yang terbaru. Pisahkan paragraf dengan satu baris kosong.
mou-publish = Terbitkan sebagai versi baru

pipeline-title = Permohonan yang sedang diproses
pipeline-empty = Tidak ada permohonan yang cocok.
pipeline-age = Lama menunggu
pipeline-days = { $count ->
   *[other] { $count } hari
}

countries-title = Jaringan negara
country-coordinated-by = Dikoordinasikan oleh
country-focal-points = Narahubung negara
country-no-focal-point = Belum ada narahubung negara.
country-target = Mitra
country-target-below = { $count } anggota aktif; targetnya { $range }.
country-target-within = { $count } anggota aktif, sesuai target { $range }.
country-target-above = { $count } anggota aktif, melebihi target { $range }.
country-target-above-allowed = { $count } anggota aktif, melebihi target { $range }, yang memang diperbolehkan bagi negara besar.
country-constituencies = Kelompok sasaran
country-served = Sudah dilayani anggota:
country-missing = Belum dilayani:
country-members = Anggota aktif
country-no-members = Belum ada anggota aktif.

mail-application-to-endorse-subject = Permohonan dari { $country } menunggu rekomendasi Anda
mail-application-to-endorse-body = Halo { $name },

    { $entity } telah mengajukan permohonan untuk bergabung dengan jaringan di { $country }. Sebagai narahubung negara, silakan baca permohonan ini, lalu rekomendasikan, kembalikan dengan pertanyaan, atau tolak:

    { $link }
mail-application-to-approve-subject = Permohonan dari { $country } menunggu keputusan manajemen ASEC
mail-application-to-approve-body = Halo { $name },

    Permohonan dari { $entity } ({ $country }) menunggu keputusan manajemen:

    { $link }
mail-application-update-subject = Permohonan Anda untuk { $entity }: { $status }
mail-application-update-body = Halo { $name },

    Status permohonan { $entity } sekarang: { $status }.

    { $reason }

    Lihat di sini: { $link }
mail-membership-new-member-subject = { $entity } sekarang menjadi anggota aktif di { $country }
mail-membership-new-member-body = Halo { $name },

    { $entity } telah menerima MOU dan sekarang menjadi anggota aktif jaringan { $country }.

    { $link }

subregion-coordinators = Koordinator subkawasan
subregion-no-coordinator = Belum ada koordinator yang ditunjuk.
appoint-email = Alamat email akun orang tersebut
appoint-focal-point = Tunjuk sebagai narahubung negara
appoint-focal-point-hint = Satu negara paling banyak memiliki dua narahubung.
appoint-coordinator = Tunjuk sebagai koordinator
appoint-remove = Akhiri penunjukan ini
flash-appointed = Sudah ditunjuk.
flash-already-appointed = Orang ini sudah memegang peran ini.
flash-appointment-ended = Penunjukan sudah diakhiri.
flash-no-such-account = Tidak ada akun yang memakai alamat email ini. Minta orang tersebut membuat akun terlebih dahulu.
profile-edit-title = Ubah profil
profile-history-title = Riwayat perubahan
profile-history-empty = Belum ada perubahan.
profile-history-field = Yang diubah
flash-profile-updated = Profil sudah diperbarui.
step-renew = Konfirmasi bahwa profil kami masih terkini
flash-step-renew = Terima kasih: keanggotaan Anda sudah diperpanjang untuk satu tahun.
mail-renewal-reminder-subject = Saatnya memperpanjang keanggotaan { $entity }
mail-renewal-reminder-body = Halo { $name },

    Setahun sekali, anggota ASEC mengonfirmasi bahwa profil mereka masih terkini. Silakan periksa profil { $entity } dan konfirmasikan dalam waktu satu bulan:

    { $link }

    Jika tidak dikonfirmasi, masa berlaku keanggotaan akan habis dua bulan setelah jatuh tempo.
error-page = Halaman dengan nomor itu tidak ada.
members-title = Anggota
members-download-csv = Unduh sebagai CSV (sesuai saringan yang ditampilkan)
country-chat = Grup obrolan
country-chat-private = Hanya anggota negara ini, narahubungnya, dan manajemen ASEC yang dapat melihat ini.
country-chat-none = Belum ada tautan grup obrolan.
country-chat-open = Buka grup obrolan negara ini
country-chat-link = Tautan ke grup obrolan (https://…)
error-chat-link = Tautan grup obrolan harus diawali https:// dan tanpa spasi.
flash-chat-link-saved = Tautan grup obrolan disimpan.
field-link-1 = Media sosial atau tautan lain
field-link-2 = Tautan lain
field-link-3 = Tautan lain
field-links = Tautan
field-links-hint = Alamat lengkap yang diawali https://, misalnya halaman Facebook Anda.
field-sectors = Sektor ekonomi
field-languages = Bahasa yang Anda gunakan dalam bekerja
field-languages-hint = Centang setiap bahasa yang digunakan organisasi Anda dalam bekerja.
field-other-description = Deskripsi dalam bahasa lain ({ $n })
apply-section-contacts = Orang yang dapat dihubungi
apply-contacts-hint = Bersifat pribadi: hanya manajemen ASEC, narahubung negara Anda, dan perwakilan organisasi Anda yang dapat melihatnya.
field-contact = Kontak { $n }
field-contact-name = Nama
field-contact-role = Peran
field-contact-email = Alamat email
field-contact-phone = Telepon
error-sector-unknown = Pilih dari daftar.
error-language-twice = Bahasa ini sudah memiliki deskripsi.
error-contact-name = Masukkan nama kontak.
error-phone = Nomor telepon hanya boleh berisi angka, spasi, dan + - ( ).
field-logo = Logo
field-logo-hint = Gambar PNG, JPEG, atau WebP berukuran paling besar 1 MB.
logo-upload = Unggah logo
logo-alt = Logo { $name }
error-logo-missing = Pilih berkas gambar terlebih dahulu.
error-logo-type = Logo harus berupa gambar PNG, JPEG, atau WebP.
error-logo-too-big = Ukuran logo paling besar 1 MB.
flash-logo-saved = Logo disimpan.
import-unknown-column = Kolom ini tidak dikenali oleh fitur impor.
import-missing-column = Kolom ini wajib ada.
import-duplicate-in-file = Nama yang sama sudah muncul sebelumnya di berkas ini untuk negara yang sama.
import-title = Impor anggota
import-file = Berkas CSV (UTF-8)
import-hint = Satu organisasi per baris, dengan baris judul. Daftar (kelompok, SDG, sektor, bahasa) dipisahkan dengan titik koma. Kolom-kolomnya:
import-dry-run = Hanya periksa berkas (uji coba)
import-submit = Periksa atau impor
import-row = Baris
import-column = Kolom
import-problem = Masalah
import-dry-run-ok = { $count ->
   *[other] { $count } baris diperiksa: tidak ada masalah. Hapus centang "Hanya periksa berkas (uji coba)" untuk mengimpornya.
}
import-done = { $count ->
   *[other] { $count } anggota diimpor.
}
import-problems = { $count ->
   *[other] Ditemukan { $count } masalah: tidak ada yang diimpor.
}
members-download-xlsx = Unduh sebagai lembar kerja (XLSX)

## Navigation and a person's home
nav-pipeline = Permohonan
nav-members = Anggota
nav-mou = MOU
waiting-endorse = { $count ->
   *[other] { $count } permohonan untuk didukung
}
waiting-approve = { $count ->
   *[other] { $count } permohonan untuk disetujui
}
waiting-mou-members = { $count ->
   *[other] { $count } anggota yang disetujui belum menerima MOU
}
waiting-renewals = { $count ->
   *[other] { $count } perpanjangan keanggotaan jatuh tempo
}
waiting-own-draft = Draf permohonan Anda untuk { $name }: lengkapi dan kirimkan
waiting-own-sent-back = { $name }: permohonan Anda dikembalikan dengan pertanyaan
waiting-own-mou = { $name } disetujui: terima MOU untuk menjadi anggota aktif
waiting-own-status = Permohonan Anda untuk { $name }: { $status }
waiting-own-renewal = Perpanjang keanggotaan { $name }
waiting-own-all = Semua permohonan Anda
apply-account-needed = Untuk mendaftar diperlukan akun: orang yang mendaftar menyimpan permohonan dan diberi tahu setiap langkahnya. Buat akun, atau masuk jika Anda sudah punya.
apply-have-account = Saya punya akun: masuk
apply-continue-draft = Anda telah menyimpan draf. Lanjutkan draf itu daripada memulai lagi:
waiting-own-status-note = Permohonan Anda untuk { $name }: { $status }. Catatan peninjau: { $note }
application-note-optional = Catatan untuk pemohon (opsional)

# Formulir profil: batas panjang, ringkasan masalah, bahasa kerja menurut namanya.
field-at-most = Paling banyak { $max } karakter.
error-summary-title = { $count ->
   *[other] Ada { $count } masalah
}
error-summary-hint = Setiap tautan membawa Anda ke jawaban yang perlu diubah. Belum ada yang disimpan.
error-summary-item = { $field }: { $problem }
language-name-unknown = Kode bahasa { $code }

# MOU yang diterima: tampilan cetak dan tanda tangan balasan manajemen.
mou-print-link = Cetak MOU yang sudah ditandatangani
mou-print-title = Nota kesepahaman: { $entity }
mou-print-hint = Gunakan perintah Cetak di peramban Anda untuk mencetak halaman ini atau menyimpannya sebagai PDF.
mou-print-organisation = Organisasi
mou-print-version = Versi
mou-print-accepted-heading = Diterima atas nama organisasi
mou-print-accepted = { $signer }, { $title }, ditandatangani pada { $date }.
mou-print-recorded = Diterima di platform oleh { $by } pada { $at }.
mou-print-countersigned-heading = Ditandatangani balik atas nama ASEC
mou-print-countersigned = Ditandatangani balik oleh { $by } atas nama manajemen ASEC pada { $at }.
mou-not-countersigned = Belum ditandatangani balik
mou-countersign-button = Tandatangani balik MOU
mou-countersign-title = Tandatangani balik MOU { $entity }
mou-countersign-intro = Anda menandatangani balik atas nama ASEC MOU versi { $version } yang diterima { $signer } untuk { $entity } pada { $date }. Tanda tangan balasan tidak dapat dibatalkan.
field-countersign-confirm = Saya menandatangani balik nota ini atas nama ASEC dan memahami bahwa hal ini tidak dapat dibatalkan.
error-countersign-confirm = Centang kotak ini untuk mengonfirmasi tanda tangan balasan.
mou-countersign-submit = Tandatangani balik
mou-countersign-cancel = Kembali ke organisasi
flash-mou-countersigned = MOU sudah ditandatangani balik, dan perwakilan organisasi sudah diberi tahu.
error-mou-not-accepted = Organisasi ini belum menerima MOU.
error-mou-already-countersigned = MOU ini sudah ditandatangani balik.
mou-queue-title = MOU yang diterima dan menunggu tanda tangan balasan
mou-queue-empty = Tidak ada MOU yang menunggu tanda tangan balasan.
mou-queue-accepted = diterima pada { $date }
waiting-countersign = { $count ->
   *[other] { $count } MOU yang diterima perlu ditandatangani balik
}
mail-mou-countersigned-subject = MOU { $entity } sudah ditandatangani balik oleh ASEC
mail-mou-countersigned-body = Halo { $name },

    Manajemen ASEC telah menandatangani balik nota kesepahaman yang diterima { $entity }. Anda dapat mencetak nota yang sudah ditandatangani di sini:

    { $link }

audit-action-mou-countersign = Menandatangani balik MOU
language-name-en = Inggris
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
language-name-tet = Tetun
language-name-zh = Tionghoa
language-name-ja = Jepang
language-name-ko = Korea
language-name-mn = Mongolia
language-name-hi = Hindi
language-name-bn = Bengali
language-name-ur = Urdu
language-name-ne = Nepali
language-name-si = Sinhala
language-name-ta = Tamil
language-name-te = Telugu
language-name-ml = Malayalam
language-name-kn = Kannada
language-name-mr = Marathi
language-name-gu = Gujarat
language-name-pa = Punjabi
language-name-or = Odia
language-name-as = Assam
language-name-dz = Dzongkha
language-name-dv = Divehi
language-name-ps = Pashtun
language-name-fa = Persia
language-name-uz = Uzbek
language-name-kk = Kazakh
language-name-ky = Kirgiz
language-name-tg = Tajik
language-name-tk = Turkmen
language-name-ru = Rusia
language-name-ar = Arab
language-name-fr = Prancis
language-name-es = Spanyol
language-name-pt = Portugis
language-name-de = Jerman
language-name-nl = Belanda
confirm-step-decline = Tolak permohonan ini? Organisasi harus mendaftar ulang.
confirm-step-withdraw = Cabut keanggotaan ini? Organisasi harus mendaftar ulang.
