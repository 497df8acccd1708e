// Package orchannel is the reference solution of "or-channel", in Go.
package orchannel

// or returns a channel that closes as soon as any of channels closes;
// nil (a channel that never closes) when there are none.
func or(channels ...<-chan struct{}) <-chan struct{} {
	switch len(channels) {
	case 0:
		return nil
	case 1:
		return channels[0]
	}
	out := make(chan struct{})
	go func() {
		defer close(out)
		if len(channels) == 2 {
			select {
			case <-channels[0]:
			case <-channels[1]:
			}
			return
		}
		// Wait on three channels here and on the rest through a recursive
		// or, which also gets out: when this goroutine closes out, the
		// goroutines below it stop too.
		select {
		case <-channels[0]:
		case <-channels[1]:
		case <-channels[2]:
		case <-or(append(channels[3:], out)...):
		}
	}()
	return out
}
