package main

import (
	"fmt"
	"runtime"
)

// The last generator closes its channel as it returns: with more than
// one P, main may count it before it is gone.
// tour:also "goroutines: 1" => "goroutines: 2"

// generate streams a list of values, one at a time, then closes.
func generate[T any](values ...T) <-chan T {
	out := make(chan T)
	go func() {
		defer close(out)
		for _, v := range values {
			out <- v
		}
	}()
	return out
}

// integers streams from, from + 1, …, to. Each number is made only when
// the consumer is ready for it: the whole range never exists at once.
func integers(from, to int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := from; n <= to; n++ {
			out <- n
		}
	}()
	return out
}

func main() {
	for fruit := range generate("apple", "banana", "cherry") {
		fmt.Println(fruit)
	}

	sum := 0
	for n := range integers(1, 100_000) {
		sum += n
	}
	fmt.Println("1 + 2 + … + 100000 =", sum)

	fmt.Println("goroutines:", runtime.NumGoroutine())
}
