package chartsvg

import (
	"bytes"
	"encoding/binary"
	"hash/adler32"
	"hash/crc32"
	"image"
	"image/png"
	"sync"

	"github.com/klauspost/compress/flate"
)

// encode writes img as a PNG file. Encoding was four fifths of a picture's
// cost with image/png, which tries five row filters on every row and then
// deflates with the standard library; neither can be changed from outside,
// so this is a small writer of its own (IHDR, one IDAT, IEND):
//
//   - 8-bit RGB: the pictures are painted on an opaque white ground, so the
//     alpha channel would be a quarter of the bytes saying nothing;
//   - no row filter: a chart's rows repeat the row above or runs of one
//     colour, which deflate finds as matches by itself; on the demo's
//     pictures "none" gave smaller files than "sub", "up" or image/png's
//     choice per row, and costs nothing;
//   - deflate by klauspost/compress at level 2, three to four times as fast
//     as the standard library's fastest level on these pictures.
//
// The bytes depend on the pixels alone. A picture with any pixel not
// opaque (none of ours) goes to image/png, which keeps its alpha.
func encode(img *image.RGBA) ([]byte, error) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	z := zlibs.Get().(*zlibWriter)
	data, opaque := z.compress(img)
	zlibs.Put(z)
	if !opaque || w == 0 || h == 0 {
		var b bytes.Buffer
		if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&b, img); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}

	out := make([]byte, 0, len(pngSignature)+3*12+13+len(data))
	out = append(out, pngSignature...)
	var ihdr [13]byte
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = 8, 2 // 8 bits a sample, RGB; compression, filter and interlace methods 0
	out = appendChunk(out, "IHDR", ihdr[:])
	out = appendChunk(out, "IDAT", data)
	return appendChunk(out, "IEND", nil), nil
}

// blanks keeps the images pictures were painted on, for the next: a
// card's is 3 MB, a chart's 5 MB, and allocating them (the runtime
// clears each) and then painting them white was a tenth of the demo's
// picture time.
var blanks sync.Pool

// blank returns a white w×h image, from blanks when one there is as big.
// Put it back in blanks when done with it.
func blank(w, h int) *image.RGBA {
	img, _ := blanks.Get().(*image.RGBA)
	if img == nil || cap(img.Pix) < 4*w*h {
		img = &image.RGBA{Pix: make([]byte, 4*w*h)}
	}
	*img = image.RGBA{Pix: img.Pix[:4*w*h], Stride: 4 * w, Rect: image.Rect(0, 0, w, h)}
	// White by doubling what is white so far: copy is the fastest loop.
	pix := img.Pix
	if len(pix) > 0 {
		n := copy(pix, []byte{0xff, 0xff, 0xff, 0xff})
		for n < len(pix) {
			n += copy(pix[n:], pix[:n])
		}
	}
	return img
}

const pngSignature = "\x89PNG\r\n\x1a\n"

// appendChunk appends a PNG chunk: length, type, data and the CRC of type
// and data.
func appendChunk(out []byte, typ string, data []byte) []byte {
	out = binary.BigEndian.AppendUint32(out, uint32(len(data)))
	start := len(out)
	out = append(out, typ...)
	out = append(out, data...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(out[start:]))
}

// zlibWriter holds what compressing a picture needs, kept between pictures
// in zlibs: a deflate writer's state is some hundreds of kilobytes.
type zlibWriter struct {
	buf bytes.Buffer
	fw  *flate.Writer
	row []byte
}

var zlibs = sync.Pool{New: func() any {
	fw, err := flate.NewWriter(nil, 1)
	if err != nil {
		panic(err) // only for a bad level, which 1 is not
	}
	return &zlibWriter{fw: fw}
}}

// compress returns the zlib stream (RFC 1950) of img's rows as RGB, each
// after its filter byte 0, and whether every pixel was opaque (else the
// stream is of no use). Checking as it goes saves image.RGBA.Opaque's own
// pass over the pixels.
func (z *zlibWriter) compress(img *image.RGBA) (data []byte, opaque bool) {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	z.buf.Reset()
	z.buf.Write([]byte{0x78, 0x01}) // deflate, 32 KB window, "fastest" in the header's words
	z.fw.Reset(&z.buf)
	if cap(z.row) < 1+3*w {
		z.row = make([]byte, 1+3*w)
	}
	row := z.row[:1+3*w]
	row[0] = 0 // filter: none
	sum, rowSum := uint32(1), uint32(1)
	alpha := byte(0xff)
	var above []byte
	for y := 0; y < h; y++ {
		off := img.PixOffset(img.Rect.Min.X, img.Rect.Min.Y+y)
		pix := img.Pix[off : off+4*w]
		// A third of a chart's rows repeat the row above: the RGB row and
		// its checksum are then those already made.
		if !bytes.Equal(pix, above) {
			alpha &= rgb(row[1:], pix)
			rowSum = adler32.Checksum(row)
		}
		above = pix
		z.fw.Write(row) // a bytes.Buffer below it cannot fail
		sum = adlerCombine(sum, rowSum, len(row))
	}
	z.fw.Close()
	var s [4]byte
	binary.BigEndian.PutUint32(s[:], sum)
	z.buf.Write(s[:])
	return bytes.Clone(z.buf.Bytes()), alpha == 0xff
}

// rgb copies the red, green and blue of the RGBA pixels src into dst and
// returns the AND of their alphas: 0xff when all are opaque. It moves four
// pixels as two 64-bit words in and 12 bytes out, twice as fast as byte
// by byte.
func rgb(dst, src []byte) byte {
	all := uint64(1<<64 - 1)
	for len(src) >= 16 && len(dst) >= 12 {
		p, q := binary.LittleEndian.Uint64(src[0:8]), binary.LittleEndian.Uint64(src[8:16])
		all &= p & q
		binary.LittleEndian.PutUint64(dst[0:8], p&0xffffff|p>>8&0xffffff000000|q<<48)
		binary.LittleEndian.PutUint32(dst[8:12], uint32(q>>16)&0xff|uint32(q>>32)<<8)
		dst, src = dst[12:], src[16:]
	}
	alpha := byte(all>>24) & byte(all>>56)
	for len(src) >= 4 && len(dst) >= 3 {
		d, s := (*[3]byte)(dst), (*[4]byte)(src)
		d[0], d[1], d[2] = s[0], s[1], s[2]
		alpha &= s[3]
		dst, src = dst[3:], src[4:]
	}
	return alpha
}

// adlerBase is Adler-32's modulus.
const adlerBase = 65521

// adlerCombine is the Adler-32 of a stream whose first part has checksum
// a1 and whose next n bytes alone have checksum a2 (zlib's
// adler32_combine): a row that repeats the row above adds its checksum
// without a pass over its bytes.
func adlerCombine(a1, a2 uint32, n int) uint32 {
	rem := uint32(n % adlerBase)
	s1 := a1 & 0xffff
	s2 := rem * s1 % adlerBase
	s1 += a2&0xffff + adlerBase - 1
	s2 += a1>>16 + a2>>16 + adlerBase - rem
	for s1 >= adlerBase {
		s1 -= adlerBase
	}
	for s2 >= adlerBase {
		s2 -= adlerBase
	}
	return s2<<16 | s1
}
