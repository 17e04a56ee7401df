# Uploaded files: what a person is told when a file cannot be stored.
files-error-too-large = Berkas terlalu besar.
files-error-empty = Pilih berkas yang akan dikirim.
files-error-type = Berkas jenis ini tidak diterima di sini.
files-error-not-image = Berkas ini bukan gambar yang dapat dibaca: kirim foto PNG, JPEG, atau WebP.
files-error-image-too-large = Gambar memiliki terlalu banyak piksel. Kirim yang lebih kecil (paling banyak 40 megapiksel, 12.000 piksel per sisi).
files-error-truncated = Berkas tidak tiba utuh. Silakan kirim lagi.
files-error-expired = Pengiriman berkas terlalu lama. Silakan kirim lagi.
files-error-store-unavailable = Berkas tidak dapat disimpan saat ini. Tidak ada yang disimpan; silakan coba lagi beberapa menit lagi.
files-error-internal = Terjadi kesalahan saat menyimpan berkas. Kesalahan ini sudah dicatat; silakan coba lagi nanti.
