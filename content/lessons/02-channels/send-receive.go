package main

import "fmt"

// Either goroutine may send first.
// tour:also "partial sums: 54 52" => "partial sums: 52 54"

func sum(prices []int, totals chan<- int) {
	total := 0
	for _, price := range prices {
		total += price
	}
	totals <- total // waits until main takes it
}

func main() {
	prices := []int{12, 7, 30, 5, 18, 9, 21, 4}
	totals := make(chan int)

	half := len(prices) / 2
	go sum(prices[:half], totals)
	go sum(prices[half:], totals)

	first := <-totals // waits for a total
	second := <-totals
	fmt.Println("partial sums:", first, second)
	fmt.Println("total:", first+second)
}
