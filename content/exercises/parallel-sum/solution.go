// Package parallelsum is the reference solution of "Parallel sum", in Go.
package parallelsum

// sum is the sum of xs, computed by k goroutines that each sum one part.
func sum(xs []int, k int) int {
	partials := make(chan int)
	n := len(xs)
	for i := range k {
		part := xs[i*n/k : (i+1)*n/k]
		go func() {
			s := 0
			for _, x := range part {
				s += x
			}
			partials <- s
		}()
	}
	total := 0
	for range k {
		total += <-partials
	}
	return total
}
