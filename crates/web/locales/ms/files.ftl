# Uploaded files: what a person is told when a file cannot be stored.
files-error-too-large = Fail terlalu besar.
files-error-empty = Pilih fail untuk dihantar.
files-error-type = Fail jenis ini tidak diterima di sini.
files-error-not-image = Fail ini bukan imej yang boleh dibaca: hantar foto PNG, JPEG atau WebP.
files-error-image-too-large = Imej ini mempunyai terlalu banyak piksel. Hantar yang lebih kecil (paling banyak 40 megapiksel, 12,000 piksel setiap sisi).
files-error-truncated = Fail tidak tiba sepenuhnya. Sila hantar semula.
files-error-expired = Penghantaran fail mengambil masa terlalu lama. Sila hantar semula.
files-error-store-unavailable = Fail tidak dapat disimpan sekarang. Tiada apa yang disimpan; sila cuba lagi dalam beberapa minit.
files-error-internal = Berlaku ralat semasa menyimpan fail. Ralat ini telah direkodkan; sila cuba lagi kemudian.
