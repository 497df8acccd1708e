// Package tee is the reference solution of "tee", in Go.
package tee

// tee returns two channels that each get every value from input, in
// order. It stops, closing both, when input closes or done does.
func tee[T any](done <-chan struct{}, input <-chan T) (<-chan T, <-chan T) {
	out1, out2 := make(chan T), make(chan T)
	go func() {
		defer close(out1)
		defer close(out2)
		for {
			var v T
			select {
			case next, ok := <-input:
				if !ok {
					return
				}
				v = next
			case <-done:
				return
			}
			// Hand v to both, whichever reader is ready first. A nil
			// channel's case is never ready: that turns it off once sent.
			a, b := out1, out2
			for a != nil || b != nil {
				select {
				case a <- v:
					a = nil
				case b <- v:
					b = nil
				case <-done:
					return
				}
			}
		}
	}()
	return out1, out2
}
