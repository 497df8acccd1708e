package main

import "fmt"

func fibonacciBelow(limit int, out chan<- int) {
	for a, b := 0, 1; a < limit; a, b = b, a+b {
		out <- a
	}
	close(out) // ends the range loop in main
}

func main() {
	numbers := make(chan int)
	go fibonacciBelow(1000, numbers)

	count := 0
	for n := range numbers {
		fmt.Printf("%d ", n)
		count++
	}
	fmt.Printf("\n%d Fibonacci numbers below 1000\n", count)
}
